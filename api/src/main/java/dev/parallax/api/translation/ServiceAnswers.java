package dev.parallax.api.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Reading a translation service's answers: its JSON, its error text, and the failures every service shares. */
final class ServiceAnswers {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A service's own error text is quoted up to this length, on one line. */
    private static final int DETAIL_LIMIT = 200;

    private ServiceAnswers() {
    }

    /** The body as JSON, or empty when it is not JSON. */
    static Optional<JsonNode> json(String body) {
        try {
            return body == null || body.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * ": " and the service's error text (from the given field of a JSON body), or nothing. A body
     * that is not JSON (a proxy's HTML page) is not quoted.
     */
    static String detail(HttpAnswer answer, String field) {
        return json(answer.body()).map(j -> j.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(t -> t.lines().findFirst().orElse("").strip()).filter(t -> !t.isEmpty())
                .map(t -> ": " + (t.length() > DETAIL_LIMIT ? t.substring(0, DETAIL_LIMIT) + "…" : t)).orElse("");
    }

    /** The failure for an answer every service gives the same meaning: busy after the retries, not found, or a 5xx. */
    static Optional<TranslationException> common(String service, TranslationEndpoint endpoint, HttpAnswer answer,
                                                 String detail, Optional<Duration> askedWait) {
        int status = answer.status();
        if (answer.isBusy()) {
            if (askedWait.filter(w -> w.compareTo(TranslationHttp.MAX_WAIT) > 0).isPresent()) {
                return Optional.of(new TranslationException(TranslationFailure.RATE_LIMITED, service + " asks to wait "
                        + Durations.shown(askedWait.get()) + " before the next request (HTTP " + status + detail
                        + "), longer than Parallax waits (" + Durations.shown(TranslationHttp.MAX_WAIT) + "); try again later"));
            }
            return Optional.of(new TranslationException(TranslationFailure.RATE_LIMITED, service + " was still busy (HTTP "
                    + status + detail + ") after " + answer.attempts() + " attempts; try again later"));
        }
        if (status == 404 || status == 405) {
            return Optional.of(new TranslationException(TranslationFailure.REJECTED, service + " at " + endpoint.shown()
                    + " has no translation service at that address (HTTP " + status + "); check parallax.translation.url"));
        }
        if (status >= 500) {
            return Optional.of(new TranslationException(TranslationFailure.SERVICE_ERROR,
                    service + " failed (HTTP " + status + detail + ")"));
        }
        return Optional.empty();
    }

    static TranslationException malformed(String service, String what) {
        return new TranslationException(TranslationFailure.MALFORMED_RESPONSE,
                service + " answered with something other than the translations asked for: " + what);
    }
}
