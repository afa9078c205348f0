package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.translation.FakeTranslationService.Reply;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax compare} with a LibreTranslate back-end configured. The settings are system
 * properties, as a user's {@code JAVA_OPTS=-Dparallax.translation...} would give them: the
 * application is started anew for each launch and reads them then.
 */
@QuarkusMainTest
class TranslatedCompareCliTest {

    private static final String NB = "Kommunen opplyser at 230 innbyggere er evakuert.\n"
            + "Ifølge politiet er 15 hus ødelagt i Øvre Fossli torsdag.\n";
    private static final String EN = "Police said 17 homes were destroyed in Øvre Fossli on Thursday.\n"
            + "The municipality said 230 residents were evacuated.\n";

    @TempDir
    static Path dir;

    static FakeTranslationService service;
    static Map<String, String> settings;

    @BeforeAll
    static void startService() {
        service = FakeTranslationService.libreTranslate(LibreTranslateResource.KEY, LibreTranslateResource.NB_EN);
        settings = Map.of("parallax.translation.backend", "libretranslate",
                "parallax.translation.url", service.url().toString(),
                "parallax.translation.api-key", LibreTranslateResource.KEY);
        settings.forEach(System::setProperty);
    }

    @AfterAll
    static void stopService() {
        settings.keySet().forEach(System::clearProperty);
        service.close();
    }

    @BeforeEach
    void forget() {
        service.reset();
    }

    private static String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private static LaunchResult compare(QuarkusMainLauncher launcher) throws IOException {
        return launcher.launch("compare", file("en.txt", EN), file("nb.txt", NB), "--lang", "en", "--lang", "nb",
                "--published", "2026-03-14", "--format", "json");
    }

    @Test
    void compareTranslatesTheNorwegianSourceOnceAndReportsTheOriginalFigures(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = compare(launcher);

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(service.requests()).singleElement()
                .satisfies(r -> assertThat(r.texts()).containsExactly(NB.strip().split("\n")));
        JsonNode report = new ObjectMapper().readTree(result.getOutput());
        List<String> conflicts = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            if (f.path("type").asText().equals("NUMBER_CONFLICT")) {
                f.path("evidence").forEach(e -> conflicts.add(e.path("source").asText() + ":" + e.path("text").asText()));
            }
        }
        assertThat(conflicts).containsExactlyInAnyOrder("A:17", "B:15");
    }

    @Test
    void aFailingServiceIsExitCode4WithOneLineNamingIt(QuarkusMainLauncher launcher) throws IOException {
        service.alwaysAnswer(Reply.json(403, "{\"error\": \"Invalid API key\"}"));

        LaunchResult result = compare(launcher);

        assertThat(result.exitCode()).isEqualTo(4);
        // No report at all: stdout can only hold the test harness's start-up log line of a first launch.
        assertThat(result.getOutput()).doesNotContain("parallax-report/1", "findings");
        assertThat(result.getErrorOutput().lines()).singleElement().isEqualTo(
                "parallax: LibreTranslate refused the request (HTTP 403: Invalid API key); check parallax.translation.api-key");
    }
}
