package dev.parallax.core.model;

/**
 * A stretch of a source's normalised text: UTF-16 offsets, end exclusive, and the text they select.
 * Every extracted slot carries one so that a report can point at the exact words it is about.
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not match its offsets");
        }
    }

    /** The span of {@code text.substring(start, end)}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
