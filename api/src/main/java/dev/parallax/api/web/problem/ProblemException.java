package dev.parallax.api.web.problem;

import java.time.Duration;

/** Ends a request with the given problem; thrown where the field at fault is known. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A problem worth retrying after the given time, sent as {@code Retry-After} (whole seconds, at least 1). */
    public ProblemException(Problem problem, Duration retryAfter) {
        // No stack trace: this is an answer to the client, not a failure of the service.
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** How long the client should wait before retrying; null when the default for the status applies. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
