package dev.parallax.api.cli;

import dev.parallax.core.ingest.SourceReader;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.Report;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compares reports of one event and lists where they disagree.",
        footer = {"", "Examples:",
            "  parallax compare report-en.txt report-nb.html --published 2017-10-23",
            "  curl -s https://example.org/a.txt | parallax compare - b.txt --format json",
            "  parallax compare a.txt b.txt --format json --fail-on high > report.json"})
public class CompareCommand implements Callable<Integer> {

    /** Exit code when a finding is at or above --fail-on: the report was produced, but a pipeline should stop. */
    static final int FINDINGS_AT_THRESHOLD = 3;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "FILE",
            description = "Two or more article files (text or HTML); '-' reads one of them from stdin.")
    List<String> files;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    OutputOptions output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit with 3 when a finding's severity is at or above this: info, low, medium, high or 0..1.")
    Double failOn;

    @Inject
    Parallax engine;

    @Inject
    SourceReader reader;

    @Override
    public Integer call() {
        Report report = engine.compare(CommandInputs.read(spec, files, metadata, new SourceLoader(reader, () -> System.in)));
        output.print(report);
        return exitCode(report, failOn);
    }

    /** 3 when a threshold was given and some finding reaches it, else 0. */
    static int exitCode(Report report, Double failOn) {
        return failOn != null && report.findings().stream().anyMatch(f -> f.severity() >= failOn)
                ? FINDINGS_AT_THRESHOLD : 0;
    }
}
