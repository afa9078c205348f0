package dev.parallax.api;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of both the CLI and the server. Quarkus reads its runtime configuration before picocli
 * parses anything, so whatever depends on the command (HTTP on or off, the port, how chatty startup
 * is) has to be decided here, from the raw arguments, as system properties.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        Map<String, String> previous = new HashMap<>();
        LaunchSettings.forArguments(args, System.getenv()).forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                previous.put(key, null);
                System.setProperty(key, value);
            }
        });
        try {
            Quarkus.run(PicocliRunner.class, args);
        } finally {
            // Only reached when Quarkus returns instead of exiting the JVM (tests launch several
            // commands in one JVM, and a CLI run must not leave HTTP switched off for the next one).
            previous.keySet().forEach(System::clearProperty);
        }
    }
}
