package dev.parallax.translate.pivot;

import java.util.Objects;

/**
 * A translation could not be had. The message is one readable line naming the service and what is
 * wrong; it never contains the API key.
 */
public final class TranslationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TranslationFailure failure;

    public TranslationException(TranslationFailure failure, String message) {
        this(failure, message, null);
    }

    public TranslationException(TranslationFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure);
    }

    public TranslationFailure failure() {
        return failure;
    }
}
