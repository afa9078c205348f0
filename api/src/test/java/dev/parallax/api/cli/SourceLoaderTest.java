package dev.parallax.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.ingest.IngestLimits;
import dev.parallax.core.ingest.InputProblem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.ingest.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);

    @Test
    void aDashReadsStandardInputInItsPlaceAmongTheFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Eleven people were hurt.");
        InputStream stdin = new ByteArrayInputStream("Elleve personer ble skadd.".getBytes(StandardCharsets.UTF_8));

        List<SourceInput> inputs = new SourceLoader(reader, () -> stdin).load(List.of(file.toString(), "-"));

        assertThat(inputs).extracting(SourceInput::name).containsExactly(file.toString(), "stdin");
        assertThat(inputs.get(1).content()).isEqualTo("Elleve personer ble skadd.");
    }

    @Test
    void standardInputIsNotTouchedWhenNoDashIsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Eleven people were hurt.");
        AtomicInteger stdinReads = new AtomicInteger();

        new SourceLoader(reader, () -> {
            stdinReads.incrementAndGet();
            return InputStream.nullInputStream();
        }).load(List.of(file.toString()));

        assertThat(stdinReads).hasValue(0);
    }

    @Test
    void aDashGivenTwiceIsAUsageError() {
        assertThatThrownBy(() -> new SourceLoader(reader, InputStream::nullInputStream).load(List.of("-", "-")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("only once");
    }

    @Test
    void emptyStandardInputIsAnInputProblemNamingStdin() {
        assertThatThrownBy(() -> new SourceLoader(reader, InputStream::nullInputStream).load(List.of("-")))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputProblem.EMPTY);
                    assertThat(e.getMessage()).startsWith("stdin: ");
                });
    }

    @Test
    void relativePathsAreReadFromTheWorkingDirectory() {
        assertThatThrownBy(() -> new SourceLoader(reader, InputStream::nullInputStream).load(List.of("no-such-file.txt")))
                .isInstanceOfSatisfying(InvalidSourceException.class, e ->
                        assertThat(e.getMessage()).isEqualTo("no-such-file.txt: does not exist"));
    }
}
