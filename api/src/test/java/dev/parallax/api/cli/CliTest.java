package dev.parallax.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.ReportContract;
import dev.parallax.core.ingest.IngestLimits;
import dev.parallax.core.ingest.SourceReader;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.report.JsonReportWriter;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as a user runs them. Standard input is covered by SourceLoaderTest: Quarkus puts its
 * own console stream in place of System.in while an application runs, so a test cannot feed it here.
 */
@QuarkusMainTest
class CliTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String EN = article("bridge-en.txt");
    private static final String NB = article("bridge-nb.txt");
    private static final String NB_HTML = article("bridge-nb.html");

    @TempDir
    static Path dir;

    private static String article(String name) {
        try {
            return Path.of(CliTest.class.getResource("/articles/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole of stdout as one JSON document: anything else on stdout (a log line) fails the parse. */
    private static JsonNode onlyJson(LaunchResult result) {
        try {
            return STRICT_JSON.readTree(result.getOutput());
        } catch (IOException e) {
            throw new AssertionError("stdout is not only JSON: " + e.getMessage() + "\n" + result.getOutput(), e);
        }
    }

    /** The error output after checking it is a short message, not a stack trace. */
    private static String firstErrorLine(LaunchResult result) {
        String err = result.getErrorOutput();
        assertThat(err).doesNotContain("Exception", "\tat ");
        assertThat(err.lines().toList()).as(err).hasSizeBetween(1, 2);
        if (err.lines().count() == 2) {
            assertThat(err.lines().toList().get(1)).startsWith("Try 'parallax").endsWith("--help' for more information.");
        }
        return err.lines().findFirst().orElseThrow();
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void compareWritesTheJsonContractAndNothingElseToStdout(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--format", "json", "--lang", "en", "--lang", "nb");

        assertThat(result.exitCode()).isZero();
        JsonNode report = onlyJson(result);
        ReportContract.assertKeptBy(result.getOutput());
        assertThat(report.path("sources").findValuesAsText("language")).containsExactly("en", "nb");
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void theJsonIsWhatTheEngineAndTheJsonWriterGive(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--format", "json", "--published", "2024-05-05");

        SourceReader reader = new SourceReader(IngestLimits.DEFAULT);
        LocalDate published = LocalDate.of(2024, 5, 5);
        String direct = JsonReportWriter.write(Parallax.standard().compare(List.of(
                reader.read(Path.of(EN)).withMetadata(null, null, published, null),
                reader.read(Path.of(NB)).withMetadata(null, null, published, null))));
        assertThat(result.getOutput().strip()).isEqualTo(direct.strip());
    }

    @Test
    void metadataGivenOncePerFileAppliesInFileOrder(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB_HTML, "--format", "json",
                "--lang", "en", "--lang", "nb", "--outlet", "Marsby Tidende", "--outlet", "Marsby Avis",
                "--title", "Footbridge collapses", "--title", "Gangbru kollapset", "--published", "2024-05-05");

        assertThat(result.exitCode()).isZero();
        JsonNode sources = ReportContract.assertKeptBy(result.getOutput()).path("sources");
        assertThat(sources.findValuesAsText("outlet")).containsExactly("Marsby Tidende", "Marsby Avis");
        assertThat(sources.findValuesAsText("title")).containsExactly("Footbridge collapses", "Gangbru kollapset");
        assertThat(sources.findValuesAsText("published")).containsExactly("2024-05-05", "2024-05-05");
        assertThat(sources.get(1).path("text").asText()).contains("Elleve personer").doesNotContain("<p>", "Forsiden");
    }

    @Test
    @Launch({"compare", "--outlet", "Marsby Tidende", "--no-color", "src/test/resources/articles/bridge-en.txt",
        "src/test/resources/articles/bridge-nb.txt"})
    void textIsTheDefaultAndHasNoColourWithoutATerminal(LaunchResult result) {
        assertThat(result.getOutput()).contains("Parallax report", "Marsby Tidende").doesNotContain("\u001B[");
    }

    @Test
    void markdownAndHtmlAreAvailable(QuarkusMainLauncher launcher) {
        LaunchResult markdown = launcher.launch("compare", EN, NB, "--format", "markdown", "--outlet", "Marsby Tidende");
        LaunchResult html = launcher.launch("compare", EN, NB, "--format", "html", "--outlet", "Marsby Tidende");

        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.getOutput()).startsWith("# Parallax report").contains("Marsby Tidende");
        assertThat(html.exitCode()).isZero();
        assertThat(html.getOutput()).startsWith("<!DOCTYPE html>").contains("Marsby Tidende").endsWith("</html>");
    }

    @Test
    void extractReportsOneSourceWithoutFindings(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("extract", NB_HTML, "--format", "json", "--published", "2024-05-05");

        assertThat(result.exitCode()).isZero();
        JsonNode report = ReportContract.assertKeptBy(result.getOutput());
        assertThat(report.path("sources")).hasSize(1);
        assertThat(report.path("sources").get(0).path("published").asText()).isEqualTo("2024-05-05");
        assertThat(report.path("findings")).isEmpty();
    }

    @Test
    void failOnExits3ExactlyWhenTheReportHasAFindingAtTheThreshold(QuarkusMainLauncher launcher) {
        for (String threshold : List.of("0", "high")) {
            LaunchResult result = launcher.launch("compare", EN, NB, "--format", "json", "--fail-on", threshold,
                    "--lang", "en", "--lang", "nb", "--published", "2024-05-05");

            double min = threshold.equals("high") ? 0.7 : 0.0;
            boolean reached = false;
            for (JsonNode finding : onlyJson(result).path("findings")) {
                reached |= finding.path("severity").asDouble() >= min;
            }
            assertThat(result.exitCode()).as("--fail-on " + threshold).isEqualTo(reached ? 3 : 0);
        }
    }

    @Test
    void evalAlignAndPerturbPrintTablesOfTheirMeasures(QuarkusMainLauncher launcher) {
        LaunchResult align = launcher.launch("eval", "align", "src/test/resources/parallel");
        assertThat(align.exitCode()).isZero();
        List<String> rows = align.getOutputStream();
        assertThat(rows.get(0)).startsWith("| text | sentences | P | R | F1 |");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("nob").contains("| 8 |"));

        LaunchResult coverage = launcher.launch("eval", "coverage", "src/test/resources/parallel");
        assertThat(coverage.exitCode()).isZero();
        assertThat(coverage.getOutputStream()).anySatisfy(r -> assertThat(r).contains("| en |"))
                .anySatisfy(r -> assertThat(r).contains("| nb |"));

        LaunchResult perturb = launcher.launch("eval", "perturb", "src/test/resources/parallel", "--limit", "1");
        assertThat(perturb.exitCode()).isZero();
        assertThat(perturb.getOutputStream()).anySatisfy(r -> assertThat(r).contains("nob").contains("| 1 |"));
    }

    @Test
    void evalOfADirectoryThatIsNotThereIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("eval", "align", "no-such-corpus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).contains("no-such-corpus: not a directory");
    }

    @Test
    @Launch(value = {"--help"})
    void helpListsTheCommandsAndExitCodes(LaunchResult result) {
        assertThat(result.getOutput()).contains("compare", "extract", "serve", "Exit codes:", "--fail-on");
    }

    @Test
    void everyCommandHasHelp(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("compare", "--help").getOutput()).contains("--fail-on", "--format", "--lang", "FILE");
        assertThat(launcher.launch("extract", "--help").getOutput()).contains("--format", "--published", "FILE");
        LaunchResult serve = launcher.launch("serve", "--help");
        assertThat(serve.exitCode()).isZero();
        assertThat(serve.getOutput()).contains("--port");
    }

    @Test
    @Launch({"--version"})
    void versionIsTheProjectVersion(LaunchResult result) {
        assertThat(result.getOutput().strip()).matches("parallax \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    @Launch(value = {"compare", "src/test/resources/articles/bridge-en.txt", "no-such-report.txt"}, exitCode = 2)
    void aMissingFileIsNamed(LaunchResult result) {
        assertThat(firstErrorLine(result)).isEqualTo("parallax: no-such-report.txt: does not exist");
        assertThat(result.getOutput()).isEmpty();
    }

    @Test
    void aDirectoryIsNotAnArticle(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).startsWith("parallax: " + dir + ": ").contains("directory");
    }

    @Test
    void anEmptyFileIsRefused(QuarkusMainLauncher launcher) throws IOException {
        Path empty = write("empty.txt", new byte[0]);

        LaunchResult result = launcher.launch("compare", EN, empty.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).startsWith("parallax: " + empty + ": ").contains("empty");
    }

    @Test
    void aBinaryFileIsRefused(QuarkusMainLauncher launcher) throws IOException {
        Path binary = write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});

        LaunchResult result = launcher.launch("extract", binary.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).startsWith("parallax: " + binary + ": ").contains("binary");
    }

    @Test
    void aBadPublicationDateIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--published", "23.10.2017");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).startsWith("parallax: ").contains("--published", "23.10.2017", "YYYY-MM-DD");
    }

    @Test
    void anUnknownFormatIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).contains("--format", "'pdf'", "text, json, markdown or html");
    }

    @Test
    void anUnknownSeverityIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--fail-on", "severe");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).contains("--fail-on", "'severe'");
    }

    @Test
    void compareNeedsTwoFiles(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).startsWith("parallax: ").contains("FILE", "at least 2");
    }

    @Test
    void aMetadataOptionGivenNeitherOnceNorOncePerFileIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", EN, NB, "--lang", "en", "--lang", "nb", "--lang", "de");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).isEqualTo("parallax: --lang was given 3 times for 2 files; "
                + "give it once for all files or once per file, in file order");
    }

    @Test
    void standardInputCanBeGivenOnlyOnce(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", "-", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(firstErrorLine(result)).contains("'-'", "only once");
    }

    @Test
    @Launch(value = {}, exitCode = 2)
    void noCommandIsAUsageError(LaunchResult result) {
        assertThat(firstErrorLine(result)).contains("compare, extract, serve or eval");
    }

    @Test
    @Launch(value = {"serve", "--port", "70000"}, exitCode = 2)
    void serveRefusesAPortThatIsNotOne(LaunchResult result) {
        assertThat(firstErrorLine(result)).contains("70000");
    }
}
