package org.tradedeal.negotiation.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tradedeal.negotiation.client.RulesClient;
import org.tradedeal.negotiation.client.TradeDataClient;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Whether each downstream service answers now, in the health group {@code downstreams}
 * ({@code /q/health/group/downstreams} on the management port): a light call of its API, straight through
 * its REST client (not through the fault tolerance, so the check neither waits for retries nor counts in
 * the circuit breaker), given as long as a scoring call is (3 seconds). Never part of readiness or
 * liveness: the downstreams' state must not take negotiation-service out of service (drafts are kept
 * while they are down).
 */
@ApplicationScoped
public class DownstreamChecks {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    @Produces
    @ApplicationScoped
    @HealthGroup("downstreams")
    AsyncHealthCheck tradeDataAnswers(@RestClient TradeDataClient client) {
        return () -> answers("trade-data-service", client::answers);
    }

    @Produces
    @ApplicationScoped
    @HealthGroup("downstreams")
    AsyncHealthCheck rulesAnswers(@RestClient RulesClient client) {
        return () -> answers("rules-service", client::answers);
    }

    private static Uni<HealthCheckResponse> answers(String name, Supplier<Uni<Response>> call) {
        long started = System.nanoTime();
        return Uni.createFrom().<Response>deferred(call::get)
                .ifNoItem().after(PATIENCE).fail()
                .map(answer -> {
                    answer.close();
                    return HealthCheckResponse.named(name).up()
                            .withData("answeredInMs", (System.nanoTime() - started) / 1_000_000).build();
                })
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(name).down()
                        .withData("error", failure.getClass().getSimpleName() + ": " + failure.getMessage()).build());
    }
}
