package dev.parallax.api.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The web API's settings, {@code parallax.api.*} in application.properties or {@code PARALLAX_API_*}
 * in the environment. Checked when the application starts, so a value out of range stops it with a
 * message naming the property instead of failing every request.
 */
@ConfigMapping(prefix = "parallax.api")
public interface ApiConfig {

    /** The key clients must send in {@code X-Api-Key}; no key is needed when absent (the default). */
    Optional<String> key();

    /** Engine calls (comparisons and extractions) run at once; twice the available processors when absent. */
    Optional<@Min(value = 1, message = "must be at least 1") Integer> maxConcurrent();

    /** How long a request waits for a free slot before it is answered 503. */
    @WithDefault("2s")
    Duration queueTimeout();

    /**
     * How long one comparison or extraction may run once it has a slot; past it the engine stops and
     * the request is answered 503.
     */
    @WithDefault("10s")
    @DurationMin(millis = 1, message = "must be at least 1ms")
    Duration timeBudget();
}
