package dev.parallax.api.web.problem;

/** Ends a request with the given problem; thrown where the field at fault is known. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        // No stack trace: this is an answer to the client, not a failure of the service.
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
