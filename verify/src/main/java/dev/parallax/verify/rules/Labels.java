package dev.parallax.verify.rules;

import java.util.Locale;
import java.util.Map;

/**
 * English words for the lexicon's concept and unit codes in finding summaries ("PERSON" -> "people",
 * "MM" -> "mm"). A summary is read by a person; the codes stay in the JSON.
 */
final class Labels {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("PERSON", "people"), Map.entry("CHILD", "children"), Map.entry("MAN", "men"),
            Map.entry("WOMAN", "women"), Map.entry("DEAD", "dead"), Map.entry("MISSING", "missing"),
            Map.entry("INJURED", "injured"), Map.entry("BODY", "bodies"), Map.entry("FAMILY", "families"),
            Map.entry("POLICE_OFFICER", "police officers"), Map.entry("AGE", "age"), Map.entry("NAME", "names"),
            Map.entry("TONNE", "tonnes"), Map.entry("CHRISTIAN", "Christians"), Map.entry("ATTACK", "attacks"));

    private static final Map<String, String> UNITS = Map.of("PERCENT", "%", "MM", "mm", "CM", "cm", "M", "metres",
            "KM", "km", "KG", "kg", "INCH", "inches");

    private Labels() {
    }

    /** "the number of houses", "the age", "the amount in km", "a figure". */
    static String slot(String counted, String unit) {
        String unitLabel = unit == null ? null : UNITS.getOrDefault(unit, unit);
        if (counted == null) {
            return unitLabel == null ? "a figure" : "the amount in " + unitLabel;
        }
        boolean concept = counted.equals(counted.toUpperCase(Locale.ROOT));
        String noun = !concept ? "\u201C" + counted + "\u2026\u201D" : IRREGULAR.getOrDefault(counted,
                counted.toLowerCase(Locale.ROOT).replace('_', ' ') + "s");
        String what = counted.equals("AGE") ? "the age" : "the number of " + noun;
        return unitLabel == null ? what : what + " (" + unitLabel + ")";
    }
}
