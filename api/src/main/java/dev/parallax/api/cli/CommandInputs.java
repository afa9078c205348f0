package dev.parallax.api.cli;

import dev.parallax.core.ingest.SourceInput;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a command's files and applies its metadata options; misuse is a usage error (exit 2). */
final class CommandInputs {

    private CommandInputs() {
    }

    static List<SourceInput> read(CommandSpec spec, List<String> files, MetadataOptions metadata, SourceLoader loader) {
        try {
            // Checked before any file is read, so that misuse is reported without waiting on stdin.
            metadata.checkCounts(files.size());
            SourceLoader.checkArguments(files);
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return metadata.applyTo(loader.load(files));
    }
}
