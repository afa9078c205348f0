package dev.parallax.core.ingest;

/**
 * Explicit bounds on what one request may ask of the engine.
 *
 * @param maxCharsPerSource characters of content (text or HTML) accepted per source
 * @param maxSources sources accepted in one comparison
 */
public record IngestLimits(int maxCharsPerSource, int maxSources) {

    /** 1 MB of text per source, 20 sources: the documented defaults. */
    public static final IngestLimits DEFAULT = new IngestLimits(1_000_000, 20);

    public IngestLimits {
        if (maxCharsPerSource < 1 || maxSources < 2) {
            throw new IllegalArgumentException("limits must allow at least 1 character and 2 sources");
        }
    }
}
