package dev.parallax.core.lang;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one place language data is obtained: loads each language's file once, on first use, and
 * serves text of no supported language with empty data.
 */
public final class LanguageRegistry {

    private static final LanguageData NONE = LanguageData.empty();
    private static final Map<Language, LanguageData> LOADED = new EnumMap<>(Language.class);

    private LanguageRegistry() {
    }

    /** The data of a language. */
    public static synchronized LanguageData of(Language language) {
        return LOADED.computeIfAbsent(language, LanguageData::load);
    }

    /** The data of the language a BCP 47 tag names, or empty data when it names no supported language. */
    public static LanguageData forTag(String tag) {
        return Language.fromTag(tag).map(LanguageRegistry::of).orElse(NONE);
    }
}
