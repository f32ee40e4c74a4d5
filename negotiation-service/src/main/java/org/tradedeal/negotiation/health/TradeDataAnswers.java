package org.tradedeal.negotiation.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tradedeal.negotiation.client.TradeDataClient;

/** Whether trade-data-service answers: in the group {@code downstreams} (/q/health/group/downstreams) only. */
@HealthGroup("downstreams")
@ApplicationScoped
public class TradeDataAnswers implements AsyncHealthCheck {

    private final TradeDataClient client;

    public TradeDataAnswers(@RestClient TradeDataClient client) {
        this.client = client;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return DownstreamCheck.of("trade-data-service", client::answers);
    }
}
