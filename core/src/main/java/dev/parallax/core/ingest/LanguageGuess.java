package dev.parallax.core.ingest;

import dev.parallax.core.lang.Language;
import java.util.Optional;

/**
 * The language identified for a text.
 *
 * @param language the supported language, or empty when none could be determined
 * @param confidence 0..1, how sure the identifier is
 * @param detectedCode what the identifier saw, even when unsupported (ISO 639-3), or "und"
 */
public record LanguageGuess(Optional<Language> language, double confidence, String detectedCode) {
}
