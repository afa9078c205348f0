package dev.parallax.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as Parallax sees it after ingestion: normalised text that every span points into, and
 * what is known about where and when it was published.
 *
 * @param id short identifier used in reports ("A", "B", ...)
 * @param outlet who published it, if known
 * @param language BCP 47 code of the language detected or given ("und" when undetermined)
 * @param published publication date, if known; relative times are resolved against it
 * @param title headline, if known
 * @param text the normalised article text
 */
public record Source(String id, String outlet, String language, LocalDate published, String title, String text) {

    /** Language code used when no language could be determined. */
    public static final String UNDETERMINED = "und";

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        language = language == null || language.isBlank() ? UNDETERMINED : language;
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The span of this source's text between two offsets. */
    public Span span(int start, int end) {
        return Span.of(text, start, end);
    }
}
