package dev.parallax.api.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error response in the form of RFC 9457 (application/problem+json), with the request fields at
 * fault. Every error the API sends is one of these; none carries a stack trace or a class name.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem (urn:parallax:problem:... or about:blank).",
                examples = "urn:parallax:problem:invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What is wrong with this request, in plain words.")
        String detail,
        @Schema(description = "This occurrence: urn:parallax:request: and the request id, as sent in the X-Request-Id "
                + "response header and written in the service's log.",
                examples = "urn:parallax:request:3f1c2a9e-5b7d-4e2a-9c1b-0d8e6f4a2b17")
        String instance,
        @Schema(description = "The request fields at fault; empty when the problem is not about one field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }

    /** A problem that concerns the request as a whole. */
    public static Problem of(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), title(type, status), status, detail, null, List.of());
    }

    /** A problem about fields of the request body; the detail lists them all. */
    public static Problem ofFields(ProblemType type, int status, List<FieldError> errors) {
        String detail = errors.stream().map(FieldError::describe).reduce((a, b) -> a + "; " + b).orElse(title(type, status));
        return new Problem(type.uri(), title(type, status), status, detail, null, errors);
    }

    /** This problem as the answer to the request with the given id. */
    public Problem forRequest(String requestId) {
        return new Problem(type, title, status, detail, RequestIds.INSTANCE_PREFIX + requestId, errors);
    }

    /** RFC 9457: an about:blank problem is titled with the status's reason phrase. */
    private static String title(ProblemType type, int status) {
        if (type.title() != null) {
            return type.title();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** One field at fault. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request body; empty for the body as a whole.",
                    examples = "sources[1].published")
            String field,
            @Schema(description = "What is wrong with it.", examples = "must be a date written YYYY-MM-DD")
            String message) {

        String describe() {
            return field.isEmpty() ? message : field + " " + message;
        }
    }
}
