package dev.parallax.api.engine;

import dev.parallax.api.translation.TranslationBackends;
import dev.parallax.core.ingest.SourceReader;
import dev.parallax.verify.Parallax;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The engine and the file reader, built once from configuration; both are stateless and thread-safe.
 * The aligner is the offline one unless {@code parallax.translation.backend} names a translation service.
 */
public class EngineProducer {

    @Produces
    @Singleton
    Parallax engine(EngineConfig config) {
        return Parallax.standard(config.limits().toIngestLimits(), TranslationBackends.aligner(config.translation()));
    }

    @Produces
    @Singleton
    SourceReader sourceReader(EngineConfig config) {
        return new SourceReader(config.limits().toIngestLimits());
    }
}
