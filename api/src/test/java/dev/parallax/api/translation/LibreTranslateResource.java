package dev.parallax.api.translation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a fake LibreTranslate server for a {@code @QuarkusTest} and points the engine at it, with
 * a short timeout so that a test of it stays short. Test sources only.
 */
public class LibreTranslateResource implements QuarkusTestResourceLifecycleManager {

    public static final String KEY = "lt-test-key-5f2a";

    /** Word by word Norwegian to English, enough for the fixtures of the tests that use this resource. */
    public static final Map<String, String> NB_EN = Map.ofEntries(Map.entry("kommunen", "the municipality"),
            Map.entry("opplyser", "reports"), Map.entry("at", "that"), Map.entry("innbyggere", "residents"),
            Map.entry("er", "are"), Map.entry("evakuert", "evacuated"), Map.entry("ifølge", "according to"),
            Map.entry("politiet", "police"), Map.entry("hus", "homes"), Map.entry("ødelagt", "destroyed"),
            Map.entry("i", "in"), Map.entry("torsdag", "Thursday"));

    private FakeTranslationService service;

    @Override
    public Map<String, String> start() {
        service = FakeTranslationService.libreTranslate(KEY, NB_EN);
        return Map.of("parallax.translation.backend", "libretranslate",
                "parallax.translation.url", service.url().toString(),
                "parallax.translation.api-key", KEY,
                "parallax.translation.timeout", "1s");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(service, new TestInjector.MatchesType(FakeTranslationService.class));
    }

    @Override
    public void stop() {
        if (service != null) {
            service.close();
        }
    }
}
