package dev.parallax.core.ingest;

import dev.parallax.core.model.Source;
import java.util.Optional;

/**
 * A source with what ingestion learned on the way: the language guess behind {@code source.language()}
 * and the encoding its bytes were read in.
 */
public record IngestedSource(Source source, LanguageGuess languageGuess, String encoding) {

    /** A message for the user when the language is unknown or unsupported, else empty. */
    public Optional<String> languageWarning() {
        if (languageGuess.language().isPresent()) {
            return Optional.empty();
        }
        String code = languageGuess.detectedCode();
        return Optional.of(code == null || code.equals("und")
                ? "language could not be determined; only numbers and names are compared"
                : "language '" + code + "' is not supported; only numbers and names are compared");
    }
}
