package dev.parallax.api.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.web.ApiConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The optional API key: when {@code parallax.api.key} is set, a request to {@code /api/v1/...}
 * must carry it in the {@code X-Api-Key} header, or it is refused with a 401 problem before
 * anything else is done with it. The page, the schema and {@code /q/...} (OpenAPI, health) stay
 * open, and so do CORS preflight requests, which browsers send without custom headers. Off when
 * the property is not set.
 */
@ApplicationScoped
public class ApiKeyCheck {

    public static final String HEADER = "X-Api-Key";

    private static final String API = "/api/v1";

    @Inject
    ApiConfig config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        config.key().filter(k -> !k.isEmpty()).ifPresent(k -> {
            byte[] expected = k.getBytes(StandardCharsets.UTF_8);
            router.route().order(RequestIds.ORDER + 1).handler(ctx -> check(ctx, expected));
        });
    }

    private void check(RoutingContext ctx, byte[] expected) {
        String path = ctx.normalizedPath();
        boolean guarded = (path.equals(API) || path.startsWith(API + "/")) && ctx.request().method() != HttpMethod.OPTIONS;
        if (!guarded || matches(ctx.request().getHeader(HEADER), expected)) {
            ctx.next();
            return;
        }
        String given = ctx.request().getHeader(HEADER);
        Problem problem = Problem.of(ProblemType.HTTP, 401, given == null
                ? "this API needs a key: send it in the " + HEADER + " header"
                : "the key in the " + HEADER + " header is not the API key").forRequest(RequestIds.of(ctx));
        try {
            ctx.response().setStatusCode(401)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** In constant time for keys of equal length, so the response time does not tell how much of a guess was right. */
    static boolean matches(String given, byte[] expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }
}
