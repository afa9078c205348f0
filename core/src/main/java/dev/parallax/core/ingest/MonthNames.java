package dev.parallax.core.ingest;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lower-case month names of a locale from CLDR (format and stand-alone, wide forms), cached. */
final class MonthNames {

    private static final Map<ULocale, List<String>> CACHE = new ConcurrentHashMap<>();

    private MonthNames() {
    }

    static List<String> forLocale(ULocale locale) {
        return CACHE.computeIfAbsent(locale, l -> {
            DateFormatSymbols symbols = new DateFormatSymbols(l);
            List<String> names = new ArrayList<>();
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (String name : symbols.getMonths(context, DateFormatSymbols.WIDE)) {
                    if (!name.isEmpty()) {
                        names.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return List.copyOf(names);
        });
    }
}
