package dev.parallax.api.cli;

import dev.parallax.core.ingest.InvalidSourceException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures while a command runs. An input that cannot be used is the user's to fix (exit 2, its
 * message names the input); anything else is a bug (exit 1), reported in one line unless debugging
 * was asked for.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int UNEXPECTED = 1;
    static final int BAD_INPUT = 2;

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
