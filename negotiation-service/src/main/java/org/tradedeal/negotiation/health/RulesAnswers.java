package org.tradedeal.negotiation.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tradedeal.negotiation.client.RulesClient;

/** Whether rules-service answers: in the group {@code downstreams} (/q/health/group/downstreams) only. */
@HealthGroup("downstreams")
@ApplicationScoped
public class RulesAnswers implements AsyncHealthCheck {

    private final RulesClient client;

    public RulesAnswers(@RestClient RulesClient client) {
        this.client = client;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return DownstreamCheck.of("rules-service", client::answers);
    }
}
