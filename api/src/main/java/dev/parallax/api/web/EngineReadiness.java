package dev.parallax.api.web;

import dev.parallax.core.ingest.SourceInput;
import dev.parallax.verify.Parallax;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready once the engine can analyse a tiny article end to end. The first run also loads the
 * language model, so a probe warms the service up before it takes traffic.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    private static final String PROBE = "The council said on 3 May 2024 that 12 houses had been destroyed.";

    private static final Logger LOG = Logger.getLogger(EngineReadiness.class);

    @Inject
    Parallax engine;

    @Override
    public HealthCheckResponse call() {
        try {
            int claims = engine.extract(SourceInput.text("readiness probe", PROBE)).claims().size();
            return HealthCheckResponse.named("engine").up().withData("probeClaims", claims).build();
        } catch (RuntimeException e) {
            LOG.error("The engine failed on the readiness probe article", e);
            return HealthCheckResponse.named("engine").down().withData("error", "the engine failed on the probe article").build();
        }
    }
}
