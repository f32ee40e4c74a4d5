package org.tradedeal.tradedata.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.List;

/**
 * The secrets a deployment must give (the database password, client secrets): only the dev and test profiles
 * have defaults, and the service refuses to start without them rather than failing at its first request.
 * Kept identical in trade-data-service and negotiation-service but for the list.
 */
@Startup
@ApplicationScoped
public class RequiredSecrets {

    static final List<String> REQUIRED = List.of("quarkus.datasource.password");

    public RequiredSecrets(Config config) {
        List<String> missing = REQUIRED.stream()
                .filter(name -> config.getOptionalValue(name, String.class).filter(value -> !value.isBlank()).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing secrets " + missing + " (e.g. QUARKUS_DATASOURCE_PASSWORD): "
                    + "there is no default outside the dev and test profiles");
        }
    }
}
