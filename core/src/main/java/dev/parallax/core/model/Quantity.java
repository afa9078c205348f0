package dev.parallax.core.model;

/**
 * A number in a claim, read as an interval of the values it admits.
 *
 * @param span the words of the number with its qualifier ("at least 128")
 * @param low lowest admitted value, or null when unbounded below
 * @param high highest admitted value, or null when unbounded above
 * @param qualifier how the number is hedged
 * @param value the figure as written (for a range, its lower figure)
 * @param counted the concept counted ("PERSON", "BODY") or the noun itself when no concept is known;
 *                null when nothing is counted
 * @param unit unit of measure or currency ("km", "EUR", "%"), null for plain counts
 * @param event the event concept the number is told of ("KILL" for "17 were killed", "MISSING" for
 *              "15 are missing"), from the nearest event word of its clause; null when none
 */
public record Quantity(Span span, Double low, Double high, Qualifier qualifier, double value,
                       String counted, String unit, String event) {

    /** Whether some value lies in both this interval and the other. */
    public boolean overlaps(Quantity other) {
        double lo = Math.max(low == null ? Double.NEGATIVE_INFINITY : low,
                other.low == null ? Double.NEGATIVE_INFINITY : other.low);
        double hi = Math.min(high == null ? Double.POSITIVE_INFINITY : high,
                other.high == null ? Double.POSITIVE_INFINITY : other.high);
        return lo <= hi;
    }

    /** Whether every value this interval admits is admitted by the other one. */
    public boolean within(Quantity other) {
        boolean lowOk = other.low == null || (low != null && low >= other.low);
        boolean highOk = other.high == null || (high != null && high <= other.high);
        return lowOk && highOk;
    }

    public boolean isExact() {
        return qualifier == Qualifier.EXACT;
    }
}
