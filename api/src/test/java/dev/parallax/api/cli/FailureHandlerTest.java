package dev.parallax.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.ingest.InputProblem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class FailureHandlerTest {

    @Command(name = "boom")
    static class Failing implements Callable<Integer> {

        @Option(names = "--debug")
        boolean debug;

        RuntimeException failure = new IllegalStateException("index out of step\nsecond line");

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private final StringWriter err = new StringWriter();

    private int run(Failing command, String debugEnv, String... args) {
        return new CommandLine(command)
                .setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new FailureHandler(debugEnv))
                .execute(args);
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitCode1() {
        assertThat(run(new Failing(), null)).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("parallax: unexpected failure: index out of step (set PARALLAX_DEBUG=1 or pass --debug for details)");
    }

    @Test
    void theStackTraceIsShownOnlyWhenDebuggingIsAskedFor() {
        assertThat(run(new Failing(), null, "--debug")).isEqualTo(1);
        assertThat(err.toString()).contains("java.lang.IllegalStateException", "\tat ");

        StringWriter fromEnv = new StringWriter();
        new CommandLine(new Failing()).setErr(new PrintWriter(fromEnv))
                .setExecutionExceptionHandler(new FailureHandler("1")).execute();
        assertThat(fromEnv.toString()).contains("\tat ");
    }

    @Test
    void parallaxDebugZeroMeansOff() {
        run(new Failing(), "0");
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void anInputThatCannotBeUsedIsExitCode2WithTheEngineMessage() {
        Failing command = new Failing();
        command.failure = new InvalidSourceException(InputProblem.BINARY, "photo.jpg", "looks like binary data");

        assertThat(run(command, null)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parallax: photo.jpg: looks like binary data" + System.lineSeparator());
    }

    @Test
    void aFailedTranslationServiceIsExitCode4WithItsMessageAndNoStackTrace() {
        Failing command = new Failing();
        command.failure = new TranslationException(TranslationFailure.QUOTA_EXCEEDED,
                "DeepL's character quota for this key is used up (HTTP 456)");

        assertThat(run(command, null)).isEqualTo(4);
        assertThat(err.toString()).isEqualTo("parallax: DeepL's character quota for this key is used up (HTTP 456)"
                + System.lineSeparator());
    }
}
