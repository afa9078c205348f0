package dev.parallax.translate.pivot;

/** Why a translation could not be had; each kind has its own remedy, named in the docs. */
public enum TranslationFailure {
    /** The translation back-end is not configured correctly (a missing key or URL, an unknown setting). */
    NOT_CONFIGURED,
    /** The service could not be connected to (wrong URL, service down, no network). */
    UNREACHABLE,
    /** The service did not answer within the configured timeout. */
    TIMED_OUT,
    /** The service refused the API key (missing, wrong or revoked). */
    BAD_KEY,
    /** The account's character quota is used up. */
    QUOTA_EXCEEDED,
    /** The service kept answering "too many requests" after the bounded retries. */
    RATE_LIMITED,
    /** The service refused the request itself (an unsupported language, a request too large). */
    REJECTED,
    /** The service failed on its side (a 5xx answer). */
    SERVICE_ERROR,
    /** The service answered with something that is not the translations asked for. */
    MALFORMED_RESPONSE
}
