package dev.parallax.api.translation;

import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts JSON to a translation service. A busy answer (429, 503) is retried at most
 * {@link #MAX_RETRIES} times, after the wait its {@code Retry-After} asks for, or after 1 s then 2 s
 * without one; a service asking for more than {@link #MAX_WAIT} is not waited for, so a comparison
 * can never hang on it. Every attempt is bounded by the connect and request timeouts. Failures to
 * get any answer become a {@link TranslationException}; what an answer means is the caller's to say.
 */
final class TranslationHttp {

    static final int MAX_RETRIES = 2;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Waits between attempts; replaced in tests so that they need not wait. */
    interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final String service;
    private final TranslationEndpoint endpoint;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;

    TranslationHttp(String service, TranslationEndpoint endpoint, Sleeper sleeper, Clock clock) {
        this.service = service;
        this.endpoint = endpoint;
        this.sleeper = sleeper;
        this.clock = clock;
        // HTTP/1.1: both services speak it, and it spares a plain-http server an h2c upgrade attempt.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the JSON body to the given path of the service, retrying while it is busy, and returns its last answer. */
    HttpAnswer post(String path, Map<String, String> headers, String json) {
        URI uri = endpoint.resolve(path);
        for (int attempt = 1; ; attempt++) {
            HttpAnswer answer = send(uri, headers, json, attempt);
            if (!answer.isBusy() || attempt > MAX_RETRIES) {
                return answer;
            }
            Duration wait = RetryAfter.parse(answer.retryAfter(), clock.instant())
                    .orElse(FIRST_BACKOFF.multipliedBy(1L << (attempt - 1)));
            if (wait.compareTo(MAX_WAIT) > 0) {
                return answer;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(e);
            }
        }
    }

    private HttpAnswer send(URI uri, Map<String, String> headers, String json, int attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(endpoint.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("User-Agent", "Parallax")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> pending =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            // The request timeout ends the wait for the headers; this one also bounds a body that trickles in.
            HttpResponse<String> response = pending.get(endpoint.timeout().toMillis() + 100, TimeUnit.MILLISECONDS);
            return new HttpAnswer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"),
                    attempt);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(e);
        } catch (ExecutionException e) {
            throw failed(e.getCause() == null ? e : e.getCause());
        }
    }

    private TranslationException failed(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new TranslationException(TranslationFailure.UNREACHABLE, "could not connect to " + service + " at "
                    + endpoint.shown() + " within " + Durations.shown(endpoint.connectTimeout())
                    + "; check parallax.translation.url", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(cause);
        }
        if (cause instanceof ConnectException) {
            String why = unknownHost(cause) ? "no such host" : reason(cause, "connection refused");
            return new TranslationException(TranslationFailure.UNREACHABLE, "cannot connect to " + service + " at "
                    + endpoint.shown() + " (" + why + "); check parallax.translation.url", cause);
        }
        if (cause instanceof IOException) {
            return new TranslationException(TranslationFailure.UNREACHABLE, "the connection to " + service + " at "
                    + endpoint.shown() + " failed (" + reason(cause, "closed without an answer") + ")", cause);
        }
        return new TranslationException(TranslationFailure.UNREACHABLE, "the request to " + service + " at "
                + endpoint.shown() + " failed (" + reason(cause, cause.getClass().getSimpleName()) + ")", cause);
    }

    private TranslationException timedOut(Throwable cause) {
        return new TranslationException(TranslationFailure.TIMED_OUT, service + " at " + endpoint.shown()
                + " did not answer within " + Durations.shown(endpoint.timeout()) + " (parallax.translation.timeout)",
                cause);
    }

    private TranslationException interrupted(Throwable cause) {
        return new TranslationException(TranslationFailure.TIMED_OUT,
                "the request to " + service + " was interrupted before it was answered", cause);
    }

    /** Whether the host name did not resolve: the JDK reports that as a ConnectException without a message. */
    private static boolean unknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's own words when it has some (they name the host or the refusal), else the given ones. */
    private static String reason(Throwable cause, String otherwise) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? otherwise : message.lines().findFirst().orElse(otherwise);
    }

    /** The wait a busy answer asked for, to tell a user why it was not retried. */
    Optional<Duration> askedWait(HttpAnswer answer) {
        return RetryAfter.parse(answer.retryAfter(), clock.instant());
    }
}
