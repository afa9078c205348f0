package dev.parallax.core.ingest;

/**
 * What can be wrong with an input. Each kind has its own message and maps to its own exit code or
 * HTTP status at the edges; {@link #TOO_LARGE} and {@link #TOO_MANY_SOURCES} are the ones where the
 * content is usable but too much (HTTP 413), {@link #BINARY}, {@link #BAD_ENCODING} and
 * {@link #UNSUPPORTED_FORMAT} concern what kind of data it is (HTTP 415), the rest are 400.
 */
public enum InputProblem {
    /** A named file does not exist. */
    NOT_FOUND,
    /** A named file is a directory. */
    IS_DIRECTORY,
    /** A file exists but cannot be read (permissions, I/O error). */
    UNREADABLE,
    /** No text at all: empty, whitespace only, or a source object without content. */
    EMPTY,
    /** Bytes that are not text (NUL bytes, control characters, a PDF or an image). */
    BINARY,
    /** Text in an encoding that cannot be read, or damaged UTF-8 (for example cut off mid-character). */
    BAD_ENCODING,
    /** More characters than {@link IngestLimits#maxCharsPerSource()}. */
    TOO_LARGE,
    /** More sources than {@link IngestLimits#maxSources()}. */
    TOO_MANY_SOURCES,
    /** Fewer than the two sources a comparison needs. */
    TOO_FEW_SOURCES,
    /** A web page in which no article text was found. */
    NO_ARTICLE_TEXT,
    /** Metadata that cannot be used: a date that is not a date, a language that is not a language code. */
    BAD_METADATA,
    /** A kind of input Parallax does not read. */
    UNSUPPORTED_FORMAT,
    /** JSON that does not parse, or a source object whose fields have the wrong type. */
    MALFORMED_JSON,
    /** A file holding several sources where one was expected (read it with {@code SourceReader.readAll}). */
    MULTIPLE_SOURCES
}
