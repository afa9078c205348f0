package dev.parallax.api.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The web API's settings, {@code parallax.api.*} in application.properties or {@code PARALLAX_API_*} in the environment. */
@ConfigMapping(prefix = "parallax.api")
public interface ApiConfig {

    /** The key clients must send in {@code X-Api-Key}; no key is needed when absent (the default). */
    Optional<String> key();
}
