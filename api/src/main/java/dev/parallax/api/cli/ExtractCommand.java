package dev.parallax.api.cli;

import dev.parallax.core.ingest.SourceReader;
import dev.parallax.verify.Parallax;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the claims found in one source: numbers, times, names, who said what.",
        footer = {"", "Examples:", "  parallax extract article.html --format json",
            "  pbpaste | parallax extract - --lang nb --published 2017-10-23"})
public class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "An article file (text or HTML); '-' reads stdin.")
    String file;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    OutputOptions output;

    @Inject
    Parallax engine;

    @Inject
    SourceReader reader;

    @Override
    public Integer call() {
        List<String> files = List.of(file);
        output.print(engine.extract(CommandInputs.read(spec, files, metadata, new SourceLoader(reader, () -> System.in)).get(0)));
        return 0;
    }
}
