package dev.parallax.api.translation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The aligner back-ends a user can choose with {@code parallax.translation.backend}. */
public enum TranslationBackend {
    /** No translation: language-neutral features only (the default; nothing is called). */
    OFFLINE,
    /** A LibreTranslate server: translate into the pivot language, then align. */
    LIBRETRANSLATE,
    /** DeepL's API: translate into the pivot language, then align. */
    DEEPL;

    /** The setting's value for this back-end ("libretranslate"). */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The back-end a setting names, case-insensitive. */
    public static Optional<TranslationBackend> fromSetting(String value) {
        return Arrays.stream(values()).filter(b -> b.setting().equalsIgnoreCase(value.strip())).findFirst();
    }
}
