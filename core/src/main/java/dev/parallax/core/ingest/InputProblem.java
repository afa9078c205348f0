package dev.parallax.core.ingest;

/**
 * What can be wrong with an input. Each kind has its own message and maps to its own exit code or
 * HTTP status at the edges; {@link #TOO_LARGE} is the only one that is not the user's content being
 * unusable but merely too big.
 */
public enum InputProblem {
    NOT_FOUND,
    IS_DIRECTORY,
    UNREADABLE,
    EMPTY,
    BINARY,
    BAD_ENCODING,
    TOO_LARGE,
    TOO_MANY_SOURCES,
    TOO_FEW_SOURCES,
    NO_ARTICLE_TEXT,
    BAD_METADATA,
    UNSUPPORTED_FORMAT
}
