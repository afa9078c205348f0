package dev.parallax.core.ingest;

/**
 * An input Parallax cannot make a source of. The message is written for the person who gave the
 * input and names it; the edges turn it into exit code 2 or an HTTP 4xx without a stack trace.
 */
public final class InvalidSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InputProblem problem;
    private final String sourceName;

    public InvalidSourceException(InputProblem problem, String sourceName, String message) {
        super(sourceName == null ? message : sourceName + ": " + message);
        this.problem = problem;
        this.sourceName = sourceName;
    }

    public InputProblem problem() {
        return problem;
    }

    /** The input's name as given ("report.txt", "sources[1]"), or null when it concerns the whole request. */
    public String sourceName() {
        return sourceName;
    }
}
