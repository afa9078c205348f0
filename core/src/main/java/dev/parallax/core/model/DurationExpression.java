package dev.parallax.core.model;

import java.time.temporal.ChronoUnit;

/**
 * How long something lasted ("for three weeks", "åtte måneder lange", "over a period of 20 days"),
 * as opposed to when it happened.
 *
 * @param span the words of the length with its qualifier ("about three weeks")
 * @param low lowest admitted length in {@code unit}, or null when unbounded below
 * @param high highest admitted length in {@code unit}, or null when unbounded above
 * @param qualifier how the length is hedged
 * @param unit the unit it was stated in (HOURS, DAYS, WEEKS, MONTHS, YEARS)
 */
public record DurationExpression(Span span, Double low, Double high, Qualifier qualifier, ChronoUnit unit) {

    /**
     * Relative difference two stated lengths may have and still be the same length: writers round
     * ("three weeks" for 20 days).
     */
    public static final double TOLERANCE = 0.15;

    /** A length in this unit, in days (a month is 30.44 days, a year 365.25). */
    public double days(double amount) {
        return amount * unit.getDuration().getSeconds() / 86_400.0;
    }

    /** The lowest admitted length in days, or null. */
    public Double lowDays() {
        return low == null ? null : days(low);
    }

    /** The highest admitted length in days, or null. */
    public Double highDays() {
        return high == null ? null : days(high);
    }

    /** The length in days that stands for this one: its lower bound, else its upper bound, else 0. */
    public double representativeDays() {
        return low != null ? lowDays() : high == null ? 0 : highDays();
    }

    /**
     * The gap in days between the two lengths' intervals (0 when they overlap), relative to the longer
     * one; compared against {@link #TOLERANCE}.
     */
    public double relativeGap(DurationExpression other) {
        double xLow = low == null ? 0 : lowDays();
        double xHigh = high == null ? Double.POSITIVE_INFINITY : highDays();
        double yLow = other.low == null ? 0 : other.lowDays();
        double yHigh = other.high == null ? Double.POSITIVE_INFINITY : other.highDays();
        double gap = Math.max(0, Math.max(xLow - yHigh, yLow - xHigh));
        double scale = Math.max(representativeDays(), other.representativeDays());
        return scale == 0 ? 0 : gap / scale;
    }
}
