package dev.parallax.core.ingest;

import dev.parallax.core.lang.Language;
import java.util.Optional;

/**
 * The language identified for a text.
 *
 * @param language the supported language, or empty when none could be determined or the language
 *     found is not supported
 * @param confidence 0..1: how far the chosen language is ahead of the next candidate (1 when the
 *     language was stated, 0 when nothing could be told)
 * @param detectedCode what the identifier saw, even when unsupported (ISO 639-3 or BCP 47), or "und"
 * @param reason why no language is given, for the user; null when one is
 */
public record LanguageGuess(Optional<Language> language, double confidence, String detectedCode, String reason) {

    /** A guess without a stated reason (one is derived from the code when the language is missing). */
    public LanguageGuess(Optional<Language> language, double confidence, String detectedCode) {
        this(language, confidence, detectedCode, null);
    }

    /** A language the user stated; no identification was needed. */
    static LanguageGuess stated(Language language) {
        return new LanguageGuess(Optional.of(language), 1.0, language.code(), null);
    }

    /** An identified supported language. */
    static LanguageGuess identified(Language language, double confidence) {
        return new LanguageGuess(Optional.of(language), confidence, language.iso3(), null);
    }

    /** A language that was recognised (or stated) but is not one Parallax reads. */
    static LanguageGuess unsupported(String code, double confidence, String reason) {
        return new LanguageGuess(Optional.empty(), confidence, code, reason);
    }

    /** No language could be told. */
    static LanguageGuess undetermined(double confidence, String reason) {
        return new LanguageGuess(Optional.empty(), confidence, "und", reason);
    }
}
