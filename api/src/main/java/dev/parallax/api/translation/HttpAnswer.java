package dev.parallax.api.translation;

import java.util.Optional;

/**
 * What a translation service answered to one request, after any retries.
 *
 * @param status the HTTP status
 * @param body the body as text
 * @param retryAfter the {@code Retry-After} header, if the service sent one
 * @param attempts how many times the request was sent
 */
record HttpAnswer(int status, String body, Optional<String> retryAfter, int attempts) {

    /** 429 or 503 (and DeepL's 529): the service is busy or rate-limiting, and a later try may succeed. */
    boolean isBusy() {
        return status == 429 || status == 503 || status == 529;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
