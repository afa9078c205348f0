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
}
