package dev.parallax.core.budget;

import java.time.Duration;

/** Thrown by {@link Deadline#check()} when the work ran out of time; the work was abandoned, not finished. */
public final class DeadlineExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    DeadlineExceededException(Duration budget) {
        // No stack trace: running out of time is an expected outcome, and it may happen often under load.
        super("stopped: the time budget of " + budget + " ran out", null, false, false);
        this.budget = budget;
    }

    /** The budget that ran out. */
    public Duration budget() {
        return budget;
    }
}
