package dev.parallax.api.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves the web API (/api/v1), the web page (/), OpenAPI (/q/openapi) and health (/q/health).",
            "Stop it with Ctrl-C."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // The port is applied by Main before Quarkus starts (see LaunchSettings); declared here for
    // --help and so that picocli rejects a value that is not a port.
    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port (default: 8080, or QUARKUS_HTTP_PORT; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port number (0 to 65535)");
        }
        Quarkus.waitForExit();
        return 0;
    }
}
