package dev.parallax.core.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.lang.Stemmer;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names of a language from CLDR, in every form ICU knows (format and stand-alone,
 * wide and abbreviated, so the Russian genitive "марта" is there too). Weekdays are also recognised
 * by stem and as the head of a compound ("Mittwochabend", "среду").
 */
final class CalendarWords {

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> abbreviatedMonths = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Stemmer stemmer;
    private final Locale locale;
    private final boolean monthsCapitalised;

    CalendarWords(ULocale locale, Stemmer stemmer) {
        this.stemmer = stemmer;
        this.locale = locale.toLocale();
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        String january = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[0];
        this.monthsCapitalised = !january.isEmpty() && Character.isUpperCase(january.charAt(0));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = symbols.getMonths(context, width);
                for (int m = 0; m < 12 && m < names.length; m++) {
                    String name = clean(names[m]);
                    if (name.length() >= 3) {
                        (width == DateFormatSymbols.WIDE ? months : abbreviatedMonths).putIfAbsent(name, m + 1);
                    }
                }
                String[] days = symbols.getWeekdays(context, width);
                for (int d = 1; d < days.length; d++) {
                    String name = clean(days[d]);
                    if (width == DateFormatSymbols.WIDE && name.length() >= 3) {
                        // ICU numbers days from Sunday = 1
                        weekdays.putIfAbsent(stemmer.stem(name), DayOfWeek.of(d == 1 ? 7 : d - 1));
                    }
                }
            }
        }
    }

    private String clean(String name) {
        return name.toLowerCase(locale).replace(".", "").strip();
    }

    /**
     * The month (1..12) a word names, or 0. Where the language capitalises month names, a lower-case
     * word is not one (English "may", "march").
     */
    int month(String word) {
        if (monthsCapitalised && !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        Integer m = months.get(clean(word));
        return m == null ? 0 : m;
    }

    /**
     * Like {@link #month(String)}, also accepting abbreviations ("Mar", "des."), which are only safe
     * next to a day number: alone, "mar" is the Spanish sea and "des" a French article.
     */
    int monthOrAbbreviation(String word) {
        int m = month(word);
        if (m > 0 || (monthsCapitalised && !Character.isUpperCase(word.charAt(0)))) {
            return m;
        }
        Integer a = abbreviatedMonths.get(clean(word));
        return a == null ? 0 : a;
    }

    /** The weekday a word names, alone or as the head of a compound ("Mittwochabend"), or null. */
    DayOfWeek weekday(String word) {
        String lower = word.toLowerCase(locale);
        DayOfWeek d = weekdays.get(stemmer.stem(lower));
        if (d != null) {
            return d;
        }
        for (Map.Entry<String, DayOfWeek> e : weekdays.entrySet()) {
            if (e.getKey().length() >= 4 && lower.startsWith(e.getKey()) && lower.length() > e.getKey().length() + 2) {
                return e.getValue();
            }
        }
        return null;
    }
}
