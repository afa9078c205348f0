package dev.parallax.api.web.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, sent back in the {@code X-Request-Id} header, named in the
 * {@code instance} of every problem and in the log line of an unexpected failure. A client's own
 * {@code X-Request-Id} is kept when it is sane (at most 64 characters of letters, digits, '.', '_'
 * and '-'), so a proxy's or a caller's id leads through; anything else is replaced by a random UUID.
 * This route runs before every other one, so even a body refused unread carries the id.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    static final String INSTANCE_PREFIX = "urn:parallax:request:";

    /** Order of the route; the other early routes of the API go after it. */
    static final int ORDER = Integer.MIN_VALUE;

    private static final String KEY = RequestIds.class.getName();

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext ctx) {
        String id = accepted(ctx.request().getHeader(HEADER));
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** The client's id if it is sane, else a new one. */
    static String accepted(String clientId) {
        return clientId != null && SANE.matcher(clientId).matches() ? clientId : UUID.randomUUID().toString();
    }

    /** The id of the request, or "unknown" for one that did not come through the router. */
    public static String of(RoutingContext ctx) {
        Object id = ctx == null ? null : ctx.get(KEY);
        return id == null ? "unknown" : id.toString();
    }
}
