package dev.parallax.api.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@TopCommand
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds where news reports of one event, in different languages, disagree.",
        subcommands = {CompareCommand.class, ExtractCommand.class, ServeCommand.class, EvalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:a report was produced",
            "1:unexpected failure (PARALLAX_DEBUG=1 or --debug shows the stack trace)",
            "2:bad usage or an input that cannot be used",
            "3:a finding at or above --fail-on",
            "4:the translation service failed or is misconfigured (docs/translation-backends.md)"})
public class ParallaxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use compare, extract, serve or eval");
    }
}
