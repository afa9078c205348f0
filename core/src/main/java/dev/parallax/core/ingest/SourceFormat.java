package dev.parallax.core.ingest;

/** How the content of a source input is written. */
public enum SourceFormat {
    /** Plain text, possibly with YAML front matter or a wire header. */
    TEXT,
    /** A web page; the article is extracted from it. */
    HTML
}
