package dev.parallax.core.ingest;

import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns an input into a {@link Source}: extracts the article from HTML, reads front matter, normalises
 * the text, and settles its metadata (what the user stated wins over what the content says, which
 * wins over what is detected).
 */
public final class Ingester {

    private final IngestLimits limits;
    private final LanguageIdentifier languageIdentifier;

    public Ingester(IngestLimits limits, LanguageIdentifier languageIdentifier) {
        this.limits = limits;
        this.languageIdentifier = languageIdentifier;
    }

    /** An ingester with the default limits and the shared language identifier. */
    public static Ingester standard() {
        return new Ingester(IngestLimits.DEFAULT, LanguageIdentifier.shared());
    }

    public IngestLimits limits() {
        return limits;
    }

    /** The source made of the input, with the given report id. */
    public IngestedSource ingest(SourceInput input, String id) {
        if (input.content().length() > limits.maxCharsPerSource()) {
            throw new InvalidSourceException(InputProblem.TOO_LARGE, input.name(),
                    "is larger than the limit of " + limits.maxCharsPerSource() + " characters per source");
        }
        if (input.content().isBlank()) {
            throw new InvalidSourceException(InputProblem.EMPTY, input.name(), "has no text");
        }
        ExtractedArticle article = input.format() == SourceFormat.HTML
                ? HtmlArticleExtractor.extract(input.content(), input.name())
                : FrontMatter.split(input.content(), input.name());
        String text = TextNormalizer.normalize(article.body());
        if (text.isEmpty()) {
            throw new InvalidSourceException(InputProblem.EMPTY, input.name(), "has no article text");
        }
        ArticleMetadata stated = new ArticleMetadata(input.title(), input.outlet(), input.published(), input.language());
        ArticleMetadata metadata = article.metadata().overriddenBy(stated);

        LanguageGuess guess;
        if (metadata.language() != null) {
            Optional<Language> given = Language.fromTag(metadata.language());
            guess = new LanguageGuess(given, 1.0, metadata.language());
        } else {
            guess = languageIdentifier.identify(text);
        }
        String language = guess.language().map(Language::code).orElse(Source.UNDETERMINED);
        Source source = new Source(id, blankToNull(metadata.outlet()), language, metadata.published(),
                blankToNull(metadata.title()), text);
        return new IngestedSource(source, guess, input.encoding());
    }

    /** Parses a user-stated date (CLI flag, API field), naming the input when it is not one. */
    public static LocalDate parseDate(String value, String what) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSourceException(InputProblem.BAD_METADATA, what,
                    "'" + value + "' is not a date; use YYYY-MM-DD");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
