package dev.parallax.api.translation;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a translation service.
 *
 * @param url the service's base address ("http://localhost:5000", "https://api-free.deepl.com")
 * @param apiKey the key the service is called with, if any
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for the answer to one request
 * @param batchSize texts sent in one request at most
 */
public record TranslationEndpoint(URI url, Optional<String> apiKey, Duration connectTimeout, Duration timeout,
                                  int batchSize) {

    public TranslationEndpoint {
        Objects.requireNonNull(url, "url");
        apiKey = apiKey.filter(k -> !k.isBlank());
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    /** The address of one operation of the service: the base address and the path, with one slash between them. */
    URI resolve(String path) {
        String base = url.toString();
        return URI.create(base.replaceAll("/+$", "") + path);
    }

    /** This endpoint's address as shown in messages: without user information or query. */
    String shown() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getPath() == null ? "" : url.getPath().replaceAll("/+$", ""));
    }
}
