package dev.parallax.api.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.translate.pivot.TranslationException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A failed translation service as problem+json: 504 when it did not answer in time, 500 when its
 * settings are wrong (the operator's to fix), 502 for anything else it did (unreachable, refused the
 * key, over quota, a malformed answer). The detail names the service and what went wrong; it never
 * holds the API key.
 */
public class TranslationProblems {

    private static final Logger LOG = Logger.getLogger(TranslationProblems.class);

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest request;

    @ServerExceptionMapper
    public Response translationFailed(TranslationException e) {
        String requestId = RequestIds.of(request.getCurrent());
        LOG.warnf("Translation failed for request %s (%s): %s", requestId, e.failure(), e.getMessage());
        return ProblemResponses.of(json,
                Problem.of(ProblemType.TRANSLATION_FAILED, status(e), e.getMessage()).forRequest(requestId));
    }

    static int status(TranslationException e) {
        return switch (e.failure()) {
            case TIMED_OUT -> 504;
            case NOT_CONFIGURED -> 500;
            default -> 502;
        };
    }
}
