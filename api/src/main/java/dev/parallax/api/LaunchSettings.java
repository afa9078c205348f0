package dev.parallax.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Quarkus settings a command line implies, worked out from the raw arguments before Quarkus
 * starts. Only {@code serve} opens an HTTP port: a report run next to a running server must not
 * fail because the port is taken.
 */
final class LaunchSettings {

    static final String SERVE = "serve";

    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    private LaunchSettings() {
    }

    /**
     * System properties to set for these arguments. The user's own configuration of the same keys
     * (system properties are checked by the caller, environment variables here) wins.
     */
    static Map<String, String> forArguments(String[] args, Map<String, String> env) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> list = List.of(args);
        boolean serving = !list.isEmpty() && list.get(0).equals(SERVE)
                && list.stream().noneMatch(HELP_OR_VERSION::contains);
        String port = serving ? portArgument(list) : null;
        if (!serving || (port != null && !isPort(port))) {
            // A bad port is left for picocli to refuse (a usage error, exit 2) rather than starting
            // a server on a port the user did not ask for.
            withoutServer(settings, env);
        } else if (port != null) {
            settings.put("quarkus.http.port", port);
        }
        return settings;
    }

    private static void withoutServer(Map<String, String> settings, Map<String, String> env) {
        settings.put("quarkus.http.host-enabled", "false");
        // A report goes to stdout and a one-line error to stderr; "started in 1.1s" lines are noise
        // to a CLI user, though a server operator wants them.
        if (!env.containsKey("QUARKUS_LOG_CATEGORY__IO_QUARKUS__LEVEL")) {
            settings.put("quarkus.log.category.\"io.quarkus\".level", "WARN");
        }
    }

    /** The value of the last {@code --port N} or {@code --port=N}, or null (as picocli reads it). */
    static String portArgument(List<String> args) {
        String port = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--port") && i + 1 < args.size()) {
                port = args.get(++i);
            } else if (a.startsWith("--port=")) {
                port = a.substring("--port=".length());
            }
        }
        return port;
    }

    static boolean isPort(String value) {
        try {
            int port = Integer.parseInt(value);
            return port >= 0 && port <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
