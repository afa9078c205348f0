package dev.parallax.api.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The web API's settings, {@code parallax.api.*} in application.properties or {@code PARALLAX_API_*} in the environment. */
@ConfigMapping(prefix = "parallax.api")
public interface ApiConfig {

    /** The key clients must send in {@code X-Api-Key}; no key is needed when absent (the default). */
    Optional<String> key();

    /** Engine calls (comparisons and extractions) run at once; twice the available processors when absent. */
    Optional<Integer> maxConcurrent();

    /** How long a request waits for a free slot before it is answered 503. */
    @WithDefault("2s")
    Duration queueTimeout();
}
