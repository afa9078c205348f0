package dev.parallax.api.cli;

import dev.parallax.verify.Report;
import dev.parallax.verify.report.ReportFormat;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/** How a report is written to stdout. */
public class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format: text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--no-color", description = "No ANSI colours in text output (also when NO_COLOR is set).")
    boolean noColor;

    // Read by FailureHandler from the parse result: a failure can happen before this object is used.
    @Option(names = "--debug", description = "Print the stack trace of an unexpected failure (as PARALLAX_DEBUG=1 does).")
    boolean debug;

    void print(Report report) {
        String rendered = format.render(report, colour());
        // Reports are UTF-8 whatever the platform's locale says: a pipeline reading JSON expects it,
        // and a C locale would otherwise turn every "ø" into "?".
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(rendered);
        out.flush();
    }

    private boolean colour() {
        return format == ReportFormat.TEXT && !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }
}
