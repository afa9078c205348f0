package dev.parallax.api.web.problem;

/** The kinds of problem the API reports, each documented in docs/api.md. */
public enum ProblemType {
    /** The body is not JSON, has the wrong shape, or breaks a documented rule. */
    INVALID_REQUEST("urn:parallax:problem:invalid-request", "Invalid request"),
    /** A source is well-formed but cannot be used as an article (no text in the HTML, too many sources...). */
    INVALID_SOURCE("urn:parallax:problem:invalid-source", "Invalid source"),
    /** A source or the whole body exceeds a configured limit. */
    TOO_LARGE("urn:parallax:problem:too-large", "Request too large"),
    /** Every engine slot stayed busy for the whole queue timeout; try again shortly. */
    BUSY("urn:parallax:problem:busy", "Service busy"),
    /** The configured translation service failed or is misconfigured (docs/translation-backends.md). */
    TRANSLATION_FAILED("urn:parallax:problem:translation-failed", "Translation failed"),
    /** The engine ran longer than {@code parallax.api.time-budget} and was stopped. */
    TIME_BUDGET_EXCEEDED("urn:parallax:problem:time-budget-exceeded", "Time budget exceeded"),
    /** A plain HTTP error whose status code says it all (404, 405, 415, 500). */
    HTTP("about:blank", null);

    private final String uri;
    private final String title;

    ProblemType(String uri, String title) {
        this.uri = uri;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
