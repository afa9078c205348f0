package dev.parallax.api.engine;

import dev.parallax.core.ingest.IngestLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The engine's settings, {@code parallax.*} in application.properties or {@code PARALLAX_*} in the environment. */
@ConfigMapping(prefix = "parallax")
public interface EngineConfig {

    Limits limits();

    /** How claims are aligned across languages: offline, or through a translation service (docs/translation-backends.md). */
    Translation translation();

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

    /** The aligner back-end and, for a translation service, where and how to reach it. */
    interface Translation {

        /** {@code offline} (no translation, nothing called), {@code libretranslate} or {@code deepl}. */
        @WithDefault("offline")
        String backend();

        /** The service's base address; required for LibreTranslate, chosen from the key for DeepL when absent. */
        Optional<String> url();

        /** The service's API key: required for DeepL, optional for LibreTranslate. */
        Optional<String> apiKey();

        /** How long to wait for a connection to the service. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long to wait for the answer to one request. */
        @WithDefault("30s")
        Duration timeout();

        /** The language claims are translated into and compared in. */
        @WithDefault("en")
        String pivot();

        /** Sentences sent in one request at most (DeepL takes at most 50). */
        @WithDefault("50")
        int batchSize();
    }
}
