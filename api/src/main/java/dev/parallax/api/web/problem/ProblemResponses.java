package dev.parallax.api.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** A problem as an HTTP response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * Serialised here rather than left to a message body writer: the JSON provider is registered for
     * application/json and might not be picked for application/problem+json.
     */
    static Response of(ObjectMapper json, Problem problem) {
        return of(json, problem, null);
    }

    /**
     * As {@link #of(ObjectMapper, Problem)}; a 503 says when to retry: after {@code retryAfter}
     * rounded up to whole seconds, or after 1 second when null.
     */
    static Response of(ObjectMapper json, Problem problem, Duration retryAfter) {
        try {
            Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(problem));
            if (problem.status() == 503) {
                response.header("Retry-After", String.valueOf(retryAfterSeconds(retryAfter)));
            }
            return response.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem is always serialisable", e);
        }
    }

    /** Retry-After takes whole seconds; rounded up, so that a client never comes back too early. */
    static long retryAfterSeconds(Duration retryAfter) {
        if (retryAfter == null) {
            return 1;
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
