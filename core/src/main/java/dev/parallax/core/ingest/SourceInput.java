package dev.parallax.core.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as handed to Parallax, before ingestion. Metadata given here was stated by the user and
 * wins over whatever is detected in the content.
 *
 * @param name where it came from, for messages ("report-en.txt", "sources[1]", "stdin")
 * @param content the decoded text or HTML
 * @param format whether {@code content} is text or HTML
 * @param language BCP 47 language code, or null to detect it
 * @param outlet the publishing outlet, or null
 * @param published the publication date, or null
 * @param title the headline, or null
 * @param encoding the character encoding the bytes were decoded with, or null when given as text
 */
public record SourceInput(String name, String content, SourceFormat format, String language, String outlet,
                          LocalDate published, String title, String encoding) {

    public SourceInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
    }

    /** Plain text with nothing stated about it. */
    public static SourceInput text(String name, String content) {
        return new SourceInput(name, content, SourceFormat.TEXT, null, null, null, null, null);
    }

    /** An HTML page with nothing stated about it. */
    public static SourceInput html(String name, String content) {
        return new SourceInput(name, content, SourceFormat.HTML, null, null, null, null, null);
    }

    /** The same input with the metadata the user stated; null arguments keep what is there. */
    public SourceInput withMetadata(String language, String outlet, LocalDate published, String title) {
        return new SourceInput(name, content, format,
                language != null ? language : this.language,
                outlet != null ? outlet : this.outlet,
                published != null ? published : this.published,
                title != null ? title : this.title,
                encoding);
    }
}
