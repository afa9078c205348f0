package dev.parallax.core.model;

import java.time.LocalDate;

/**
 * A point or stretch of time mentioned in a claim, normalised to an interval of days.
 *
 * @param span the words as written ("i fjor", "in April 2016")
 * @param from first day of the interval, null when unresolved
 * @param to last day of the interval (inclusive), null when unresolved
 * @param granularity the precision it was stated with
 * @param relative whether it was stated relative to the time of writing ("last year")
 */
public record TimeExpression(Span span, LocalDate from, LocalDate to, Granularity granularity, boolean relative) {

    /** A relative expression with no publication date to resolve it against. */
    public boolean isResolved() {
        return from != null && to != null;
    }

    /** Whether the two intervals share at least one day. */
    public boolean overlaps(TimeExpression other) {
        return isResolved() && other.isResolved() && !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    /** Whether this interval lies inside the other one. */
    public boolean within(TimeExpression other) {
        return isResolved() && other.isResolved() && !from.isBefore(other.from) && !to.isAfter(other.to);
    }
}
