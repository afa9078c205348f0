package dev.parallax.core.lang;

import java.util.Locale;
import java.util.Optional;

/** The languages Parallax extracts claims from, each with its own data file. */
public enum Language {
    ENGLISH("en", "eng"),
    NORWEGIAN_BOKMAL("nb", "nob"),
    NORWEGIAN_NYNORSK("nn", "nno"),
    SWEDISH("sv", "swe"),
    DANISH("da", "dan"),
    GERMAN("de", "deu"),
    FRENCH("fr", "fra"),
    SPANISH("es", "spa"),
    ITALIAN("it", "ita"),
    PORTUGUESE("pt", "por"),
    DUTCH("nl", "nld"),
    POLISH("pl", "pol"),
    RUSSIAN("ru", "rus"),
    UKRAINIAN("uk", "ukr"),
    ARABIC("ar", "ara"),
    TURKISH("tr", "tur");

    private final String code;
    private final String iso3;

    Language(String code, String iso3) {
        this.code = code;
        this.iso3 = iso3;
    }

    /** The BCP 47 code used in reports and data file names ("nb"). */
    public String code() {
        return code;
    }

    /** The ISO 639-3 code ("nob"), as language identifiers and corpora name languages. */
    public String iso3() {
        return iso3;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The supported language a tag or code names: "nb", "nb-NO", "no" (taken as Bokmål), "nob",
     * "en_US", case-insensitive.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        if (primary.equals("no") || primary.equals("nor")) {
            return Optional.of(NORWEGIAN_BOKMAL);
        }
        if (primary.equals("arb")) {
            return Optional.of(ARABIC);
        }
        for (Language language : values()) {
            if (language.code.equals(primary) || language.iso3.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
