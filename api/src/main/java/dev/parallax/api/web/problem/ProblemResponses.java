package dev.parallax.api.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** A problem as an HTTP response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * Serialised here rather than left to a message body writer: the JSON provider is registered for
     * application/json and might not be picked for application/problem+json.
     */
    static Response of(ObjectMapper json, Problem problem) {
        try {
            Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(problem));
            if (problem.status() == 503) {
                response.header("Retry-After", "1");
            }
            return response.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem is always serialisable", e);
        }
    }
}
