package dev.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static Map<String, String> settings(String... args) {
        return LaunchSettings.forArguments(args, Map.of());
    }

    @Test
    void onlyServeOpensAnHttpPort() {
        assertThat(settings("compare", "a.txt", "b.txt")).containsEntry("quarkus.http.host-enabled", "false");
        assertThat(settings("extract", "serve")).containsEntry("quarkus.http.host-enabled", "false");
        assertThat(settings()).containsEntry("quarkus.http.host-enabled", "false");
        assertThat(settings("serve")).doesNotContainKey("quarkus.http.host-enabled");
    }

    @Test
    void helpOrVersionOfServeDoesNotStartAServer() {
        assertThat(settings("serve", "--help")).containsEntry("quarkus.http.host-enabled", "false");
        assertThat(settings("serve", "-V")).containsEntry("quarkus.http.host-enabled", "false");
    }

    @Test
    void servePortIsPassedToQuarkusInEitherSpelling() {
        assertThat(settings("serve", "--port", "8181")).containsEntry("quarkus.http.port", "8181");
        assertThat(settings("serve", "--port=9000")).containsEntry("quarkus.http.port", "9000");
        assertThat(settings("serve")).doesNotContainKey("quarkus.http.port");
    }

    @Test
    void aPortThatIsNotOneStartsNoServerSoThatPicocliCanRefuseIt() {
        assertThat(settings("serve", "--port", "http")).containsEntry("quarkus.http.host-enabled", "false")
                .doesNotContainKey("quarkus.http.port");
        assertThat(settings("serve", "--port", "70000")).containsEntry("quarkus.http.host-enabled", "false");
    }

    @Test
    void commandsKeepQuarkusStartupQuietUnlessTheUserConfiguredIt() {
        String key = "quarkus.log.category.\"io.quarkus\".level";
        assertThat(settings("compare", "a", "b")).containsEntry(key, "WARN");
        assertThat(settings("serve")).doesNotContainKey(key);
        assertThat(LaunchSettings.forArguments(new String[] {"compare", "a", "b"},
                Map.of("QUARKUS_LOG_CATEGORY__IO_QUARKUS__LEVEL", "DEBUG"))).doesNotContainKey(key);
    }
}
