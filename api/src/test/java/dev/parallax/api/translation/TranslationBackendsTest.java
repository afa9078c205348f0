package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.engine.EngineConfig;
import dev.parallax.translate.ClaimAligner;
import dev.parallax.translate.OfflineClaimAligner;
import dev.parallax.translate.pivot.PivotClaimAligner;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationBackendsTest {

    record Settings(String backend, Optional<String> url, Optional<String> apiKey, Duration connectTimeout,
                    Duration timeout, String pivot, int batchSize) implements EngineConfig.Translation {

        static Settings of(String backend) {
            return new Settings(backend, Optional.empty(), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(30),
                    "en", 50);
        }

        Settings url(String url) {
            return new Settings(backend, Optional.of(url), apiKey, connectTimeout, timeout, pivot, batchSize);
        }

        Settings key(String key) {
            return new Settings(backend, url, Optional.of(key), connectTimeout, timeout, pivot, batchSize);
        }

        Settings pivot(String pivot) {
            return new Settings(backend, url, apiKey, connectTimeout, timeout, pivot, batchSize);
        }

        Settings batchSize(int size) {
            return new Settings(backend, url, apiKey, connectTimeout, timeout, pivot, size);
        }

        Settings timeout(Duration timeout) {
            return new Settings(backend, url, apiKey, connectTimeout, timeout, pivot, batchSize);
        }
    }

    /** The message a comparison fails with when the settings are wrong. */
    private static String problemOf(ClaimAligner aligner) {
        try {
            aligner.align(List.of(), List.of());
        } catch (TranslationException e) {
            assertThat(e.failure()).isEqualTo(TranslationFailure.NOT_CONFIGURED);
            return e.getMessage();
        }
        throw new AssertionError("the aligner works: " + aligner);
    }

    @Test
    void offlineIsTheDefaultAndCallsNothing() {
        assertThat(TranslationBackends.aligner(Settings.of("offline").url("http://127.0.0.1:9"))).isInstanceOf(OfflineClaimAligner.class);
        assertThat(TranslationBackends.aligner(Settings.of("OFFLINE"))).isInstanceOf(OfflineClaimAligner.class);
    }

    @Test
    void aServiceGivesAPivotAlignerInTheConfiguredLanguage() {
        assertThat(TranslationBackends.aligner(Settings.of("libretranslate").url("http://localhost:5000")))
                .isInstanceOfSatisfying(PivotClaimAligner.class, a -> assertThat(a.pivot().code()).isEqualTo("en"));
        assertThat(TranslationBackends.aligner(Settings.of("deepl").key("k:fx").pivot("de")))
                .isInstanceOfSatisfying(PivotClaimAligner.class, a -> assertThat(a.pivot().code()).isEqualTo("de"));
    }

    @Test
    void wrongSettingsFailEachComparisonNamingTheSettingAtFault() {
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("google"))))
                .isEqualTo("the translation back-end is not configured correctly: parallax.translation.backend is 'google'; "
                        + "use offline, libretranslate, deepl");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("libretranslate"))))
                .contains("parallax.translation.url is required for libretranslate");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("libretranslate").url("localhost:5000"))))
                .contains("parallax.translation.url is 'localhost:5000', not an http:// or https:// address");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("deepl"))))
                .contains("parallax.translation.api-key is required for deepl");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("deepl").key("k").batchSize(80))))
                .contains("parallax.translation.batch-size is 80; DeepL takes at most 50 texts per request");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("deepl").key("k").pivot("fi"))))
                .contains("parallax.translation.pivot is 'fi', not a language Parallax reads (en nb nn");
        assertThat(problemOf(TranslationBackends.aligner(Settings.of("deepl").key("k").timeout(Duration.ZERO))))
                .contains("parallax.translation.timeout must be longer than zero");
    }
}
