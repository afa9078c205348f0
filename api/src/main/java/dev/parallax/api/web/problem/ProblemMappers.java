package dev.parallax.api.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.parallax.api.web.problem.Problem.FieldError;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into problem+json. Messages are written here, never passed on
 * from exceptions, because library messages name Java classes ("Cannot deserialize value of type
 * `java.util.ArrayList<...>`") that mean nothing to a client and reveal internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest request;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(json, e.problem().forRequest(requestId()), e.retryAfter());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(Problem.ofFields(ProblemType.INVALID_REQUEST, 400, errors));
    }

    /** Declared apart from {@link #unreadable} to take precedence over the Jackson extension's own mapper. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (cause(e, StreamConstraintsException.class) != null) {
            return respond(Problem.of(ProblemType.TOO_LARGE, 413,
                    "the request body has a value larger than the JSON reader accepts"));
        }
        StreamReadException syntax = cause(e, StreamReadException.class);
        if (syntax == null && e instanceof JsonMappingException mapping) {
            String field = FieldPaths.of(mapping.getPath());
            return respond(Problem.ofFields(ProblemType.INVALID_REQUEST, 400,
                    List.of(new FieldError(field, whatIsWrong(mapping)))));
        }
        JsonLocation at = syntax != null ? syntax.getLocation() : e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return respond(Problem.of(ProblemType.INVALID_REQUEST, 400,
                "the request body is not valid JSON" + where));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            // The JSON reader wraps syntax errors in a plain 400.
            return unreadable(unreadableBody);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        String detail = switch (status) {
            case 404 -> "there is nothing at " + path + "; the API is described at /q/openapi";
            case 405 -> "this method is not allowed on " + path + allowed(e.getResponse().getAllowedMethods());
            case 415 -> "the request body must be sent as application/json"
                    + (headers.getMediaType() == null ? " (it had no Content-Type)" : ", not " + headers.getMediaType());
            case 406 -> "this resource cannot answer in the media type asked for in the Accept header";
            default -> Response.Status.fromStatusCode(status) == null ? "the request cannot be served"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return respond(Problem.of(ProblemType.HTTP, status, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "Unexpected failure of request %s", requestId());
        return respond(Problem.of(ProblemType.HTTP, 500,
                "the server failed to handle this request; the failure has been logged"));
    }

    private Response respond(Problem problem) {
        return ProblemResponses.of(json, problem.forRequest(requestId()));
    }

    private String requestId() {
        return RequestIds.of(request.getCurrent());
    }

    /** Data binding wraps a syntax error met halfway through in a mapping error; this digs it out. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String allowed(Collection<String> methods) {
        return methods.isEmpty() ? "" : "; use " + String.join(" or ", methods.stream().sorted().toList());
    }

    private static String whatIsWrong(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "has the wrong type";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
