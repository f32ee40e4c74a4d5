package org.tradedeal.negotiation.health;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Whether one downstream service answers now: a light call of its API, straight through its REST client
 * (not through the fault tolerance, so the check neither waits for retries nor counts in the circuit
 * breaker), given 2 seconds. Never asked by the Kubernetes probes: the downstreams' state must not take
 * negotiation-service out of service (drafts are kept while they are down).
 */
final class DownstreamCheck {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private DownstreamCheck() {
    }

    static Uni<HealthCheckResponse> of(String name, Supplier<Uni<Response>> call) {
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
