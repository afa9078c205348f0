package dev.parallax.api.cli;

import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.translate.pivot.TranslationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures while a command runs. An input that cannot be used is the user's to fix (exit 2, its
 * message names the input); a translation service that fails or is misconfigured is the setup's
 * (exit 4, its message names the service or the setting); anything else is a bug (exit 1), reported
 * in one line unless debugging was asked for.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int UNEXPECTED = 1;
    static final int BAD_INPUT = 2;
    static final int TRANSLATION_FAILED = 4;

    private final boolean debugFromEnvironment;

    FailureHandler(String parallaxDebug) {
        this.debugFromEnvironment = parallaxDebug != null && !parallaxDebug.isBlank() && !parallaxDebug.equals("0");
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InvalidSourceException invalid) {
            err.println("parallax: " + invalid.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof TranslationException failed) {
            err.println("parallax: " + failed.getMessage());
            err.flush();
            return TRANSLATION_FAILED;
        }
        boolean debug = debugFromEnvironment || cmd.getParseResult().hasMatchedOption("--debug");
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("parallax: unexpected failure: " + what.lines().findFirst().orElse("")
                + (debug ? "" : " (set PARALLAX_DEBUG=1 or pass --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return UNEXPECTED;
    }
}
