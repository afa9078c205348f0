package dev.parallax.api.engine;

import dev.parallax.core.ingest.IngestLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The engine's settings, {@code parallax.*} in application.properties or {@code PARALLAX_*} in the environment. */
@ConfigMapping(prefix = "parallax")
public interface EngineConfig {

    Limits limits();

    /** What one request or command may ask of the engine. */
    interface Limits {

        /** Characters of text or HTML accepted per source. */
        @WithDefault("1000000")
        int maxCharsPerSource();

        /** Sources accepted in one comparison. */
        @WithDefault("20")
        int maxSources();

        default IngestLimits toIngestLimits() {
            return new IngestLimits(maxCharsPerSource(), maxSources());
        }
    }
}
