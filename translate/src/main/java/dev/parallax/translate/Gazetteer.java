package dev.parallax.translate;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.extract.NameKey;
import dev.parallax.core.lang.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places whose names differ by language ("Germany" / "Tyskland" / "Allemagne" / "Германия",
 * "Moscow" / "Moskva" / "Москва"), from what CLDR already knows through ICU: the names of every
 * country and region and of the cities that name time zones, in every supported language. Maps a
 * name key to one identifier per place, so translated names are recognised as one entity.
 */
public final class Gazetteer {

    private static final Map<String, String> PLACES = build();

    private Gazetteer() {
    }

    /** The place a name key names ("region:DE", "city:Europe/Moscow"), if CLDR knows it. */
    public static Optional<String> place(String key) {
        return Optional.ofNullable(PLACES.get(key));
    }

    private static Map<String, String> build() {
        Map<String, String> places = new HashMap<>();
        Set<String> regions = Set.of(Locale.getISOCountries());
        Set<String> zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        for (Language language : Language.values()) {
            ULocale locale = ULocale.forLocale(language.locale());
            for (String region : regions) {
                String name = new ULocale("und", region).getDisplayCountry(locale);
                add(places, name, "region:" + region);
            }
            TimeZoneNames names = TimeZoneNames.getInstance(locale);
            for (String zone : zones) {
                String city = names.getExemplarLocationName(zone);
                if (city != null) {
                    add(places, city, "city:" + zone);
                }
            }
        }
        return Map.copyOf(places);
    }

    private static void add(Map<String, String> places, String name, String id) {
        String key = NameKey.of(name); // the extractor's own keys, so lookups meet them
        // A name that means two places in different languages is left out rather than guessed.
        if (key.length() >= 3 && places.putIfAbsent(key, id) != null && !places.get(key).equals(id)) {
            places.put(key, "ambiguous");
        }
    }
}
