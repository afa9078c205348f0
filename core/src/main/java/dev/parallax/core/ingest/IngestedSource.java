package dev.parallax.core.ingest;

import dev.parallax.core.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source with what ingestion learned on the way: the language guess behind {@code source.language()},
 * the encoding its bytes were read in, the wire dateline taken out of its text, and the lines
 * removed as boilerplate (so that a user can see that nothing else was dropped).
 *
 * @param source the source every later stage reads
 * @param languageGuess how its language was settled
 * @param encoding the character encoding of the input's bytes, or null when it was given as text
 * @param dateline the dateline or agency header that opened the text, if there was one
 * @param removedLines header, byline and trailing lines removed from the text, as written
 */
public record IngestedSource(Source source, LanguageGuess languageGuess, String encoding,
                             Optional<Dateline> dateline, List<String> removedLines) {

    public IngestedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(languageGuess, "languageGuess");
        dateline = dateline == null ? Optional.empty() : dateline;
        removedLines = removedLines == null ? List.of() : List.copyOf(removedLines);
    }

    /** A source without dateline or removed lines. */
    public IngestedSource(Source source, LanguageGuess languageGuess, String encoding) {
        this(source, languageGuess, encoding, Optional.empty(), List.of());
    }

    /** A message for the user when the language is unknown or unsupported, else empty. */
    public Optional<String> languageWarning() {
        if (languageGuess.language().isPresent()) {
            return Optional.empty();
        }
        String code = languageGuess.detectedCode();
        String why = languageGuess.reason();
        String message;
        if (code == null || code.equals("und")) {
            message = "language could not be determined" + (why == null ? "" : " (" + why + ")");
        } else {
            message = "language " + LanguageIdentifier.describe(code) + " is not supported"
                    + (why == null ? "" : " (" + why + ")");
        }
        return Optional.of(message + "; only numbers, dates and names are compared. State the language if you know it.");
    }
}
