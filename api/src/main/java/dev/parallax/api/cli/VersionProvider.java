package dev.parallax.api.cli;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.IVersionProvider;

/** The version Quarkus recorded from the Maven project at build time. */
@Singleton
public class VersionProvider implements IVersionProvider {

    @ConfigProperty(name = "quarkus.application.version")
    String version;

    @Override
    public String[] getVersion() {
        return new String[] {"parallax " + version};
    }
}
