package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings that cannot work: comparisons fail naming the setting; what needs no translation still works. */
@QuarkusMainTest
@TestProfile(MisconfiguredTranslationCliTest.DeepLWithoutKey.class)
class MisconfiguredTranslationCliTest {

    public static class DeepLWithoutKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.translation.backend", "deepl");
        }
    }

    private static final String EN = "src/test/resources/articles/bridge-en.txt";
    private static final String NB = "src/test/resources/articles/bridge-nb.txt";

    @Test
    void compareIsExitCode4NamingTheMissingSetting(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB);

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.getErrorOutput().lines()).singleElement().isEqualTo("parallax: the translation back-end is not "
                + "configured correctly: parallax.translation.api-key is required for deepl");
    }

    @Test
    void extractAndHelpStillWork(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("extract", EN).exitCode()).isZero();
        LaunchResult help = launcher.launch("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.getOutput()).contains("4   the translation service failed or is misconfigured");
    }
}
