package dev.parallax.core.budget;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * When a piece of work must stop. The engine is pure CPU work with no blocking call to interrupt, so
 * it asks {@link #check()} at stage boundaries and inside its long loops (per source, per sentence,
 * per row of an alignment, per rule); past the deadline the check throws
 * {@link DeadlineExceededException} and the work unwinds, freeing its thread at once instead of
 * finishing a result nobody will read.
 *
 * <p>Immutable and safe to share between threads. {@link #none()} never expires.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(null, 0, System::nanoTime);

    private final Duration budget;
    private final long expiresAt;
    private final LongSupplier nanoClock;

    private Deadline(Duration budget, long expiresAt, LongSupplier nanoClock) {
        this.budget = budget;
        this.expiresAt = expiresAt;
        this.nanoClock = nanoClock;
    }

    /** A deadline that never expires: the work runs to the end. */
    public static Deadline none() {
        return NONE;
    }

    /**
     * The deadline {@code budget} from now.
     *
     * @throws IllegalArgumentException when the budget is zero or negative
     */
    public static Deadline after(Duration budget) {
        return after(budget, System::nanoTime);
    }

    /**
     * The deadline {@code budget} from now on the given clock ({@link System#nanoTime()} or a stand-in
     * for it), for callers that keep their own time.
     *
     * @throws IllegalArgumentException when the budget is zero or negative
     */
    public static Deadline after(Duration budget, LongSupplier nanoClock) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("a time budget must be positive, not " + budget);
        }
        // Saturated: a budget of centuries must not wrap around to the past.
        long nanos = budget.compareTo(Duration.ofNanos(Long.MAX_VALUE / 2)) > 0 ? Long.MAX_VALUE / 2 : budget.toNanos();
        return new Deadline(budget, nanoClock.getAsLong() + nanos, nanoClock);
    }

    /** The budget this deadline was set with; null for {@link #none()}. */
    public Duration budget() {
        return budget;
    }

    /** Whether the time is up. */
    public boolean isExpired() {
        // A difference, not a comparison of the two values: System.nanoTime() may wrap around.
        return budget != null && nanoClock.getAsLong() - expiresAt >= 0;
    }

    /**
     * Returns when there is time left, else stops the work.
     *
     * @throws DeadlineExceededException when the time is up
     */
    public void check() {
        if (isExpired()) {
            throw new DeadlineExceededException(budget);
        }
    }

    @Override
    public String toString() {
        return budget == null ? "Deadline[none]" : "Deadline[budget=" + budget + "]";
    }
}
