package dev.parallax.core.ingest;

import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an input into a {@link Source}: extracts the article from HTML or splits off YAML front
 * matter, normalises the text, takes wire headers, datelines and trailing boilerplate out of it, and
 * settles its metadata. What the user stated (CLI flags, API fields) wins over what the content
 * declares (meta tags, front matter), which wins over what is detected (dateline agency, language
 * identification).
 *
 * <p>The text of the returned source is final: every later stage takes spans of it.
 */
public final class Ingester {

    /** A page's declared language gives way to identification only when identification is this sure. */
    static final double OVERRULE_DECLARED = 0.6;

    private final IngestLimits limits;
    private final LanguageIdentifier languageIdentifier;

    /** An ingester with the given limits and language identifier. */
    public Ingester(IngestLimits limits, LanguageIdentifier languageIdentifier) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.languageIdentifier = Objects.requireNonNull(languageIdentifier, "languageIdentifier");
    }

    /** An ingester with the default limits and the shared language identifier. */
    public static Ingester standard() {
        return new Ingester(IngestLimits.DEFAULT, LanguageIdentifier.shared());
    }

    /** The limits this ingester enforces. */
    public IngestLimits limits() {
        return limits;
    }

    /**
     * The source made of the input, with the given report id.
     *
     * @throws InvalidSourceException when the input is empty, too large, or holds no article text
     */
    public IngestedSource ingest(SourceInput input, String id) {
        String name = input.name();
        if (input.content().length() > limits.maxCharsPerSource()) {
            throw new InvalidSourceException(InputProblem.TOO_LARGE, name, "has " + input.content().length()
                    + " characters; the limit is " + limits.maxCharsPerSource() + " per source");
        }
        if (input.content().isBlank()) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "has no text");
        }
        JsonSources.checkLanguageTag(input.language(), name);
        ExtractedArticle article = input.format() == SourceFormat.HTML
                ? HtmlArticleExtractor.extract(input.content(), name)
                : FrontMatter.split(input.content(), name);
        String normalized = TextNormalizer.normalize(article.body());
        if (normalized.isEmpty()) {
            throw new InvalidSourceException(input.format() == SourceFormat.HTML ? InputProblem.NO_ARTICLE_TEXT
                    : InputProblem.EMPTY, name, "has no visible text (only whitespace or invisible characters)");
        }
        ArticleMetadata stated = new ArticleMetadata(input.title(), input.outlet(), input.published(), input.language());
        ArticleMetadata declared = article.metadata();
        String knownOutlet = stated.outlet() != null ? stated.outlet() : declared.outlet();
        WireCopy.Cleaned cleaned = WireCopy.clean(normalized, knownOutlet);
        String text = cleaned.text();
        if (text.isEmpty()) {
            throw new InvalidSourceException(InputProblem.NO_ARTICLE_TEXT, name,
                    "has only a header or boilerplate lines, no article text");
        }
        String headline = input.format() == SourceFormat.TEXT ? Headline.of(text) : null;
        ArticleMetadata detected = new ArticleMetadata(headline, cleaned.outlet(), cleaned.published(), null);
        ArticleMetadata metadata = detected.overriddenBy(declared).overriddenBy(stated);

        LanguageGuess guess = language(input.language(), declared.language(), text);
        String language = guess.language().map(Language::code).orElse(Source.UNDETERMINED);
        Source source = new Source(id, blankToNull(metadata.outlet()), language, metadata.published(),
                blankToNull(metadata.title()), text);
        return new IngestedSource(source, guess, input.encoding(), Optional.ofNullable(cleaned.dateline()),
                cleaned.removed());
    }

    /** The language: as stated; else as the page declares unless identification clearly disagrees; else identified. */
    private LanguageGuess language(String stated, String declared, String text) {
        if (stated != null && !stated.isBlank()) {
            return Language.fromTag(stated).map(LanguageGuess::stated)
                    .orElseGet(() -> LanguageGuess.unsupported(stated.strip(), 1.0, "as given with the source"));
        }
        LanguageGuess identified = languageIdentifier.identify(text);
        if (declared == null || !isWellFormed(declared)) {
            // A template placeholder such as lang="{{locale}}" says nothing.
            return identified;
        }
        boolean sure = identified.language().isPresent() && identified.confidence() >= OVERRULE_DECLARED;
        Optional<Language> page = Language.fromTag(declared);
        if (page.isPresent()) {
            // Site templates often declare one language for every article ("nb" on a Nynorsk article).
            return sure && identified.language().get() != page.get() ? identified
                    : new LanguageGuess(page, 1.0, page.get().iso3(), null);
        }
        return sure ? identified : LanguageGuess.unsupported(declared.strip(), 1.0, "as the page declares");
    }

    private static boolean isWellFormed(String tag) {
        try {
            JsonSources.checkLanguageTag(tag, null);
            return true;
        } catch (InvalidSourceException e) {
            return false;
        }
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
