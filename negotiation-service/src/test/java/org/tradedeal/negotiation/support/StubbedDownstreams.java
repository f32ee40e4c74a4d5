package org.tradedeal.negotiation.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that score drafts: each starts with both downstream stubs answering normally, every circuit
 * breaker closed and no trade figures kept by the desk, whatever the test before it did.
 */
public abstract class StubbedDownstreams {

    @InjectDownstreams
    protected WireMockServer downstreams;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** The trade figures the desk's pages keep for a minute. */
    @Inject
    @CacheName("desk-baselines")
    Cache deskBaselines;

    @BeforeEach
    void healthyDownstreams() {
        breakers.resetAll();
        deskBaselines.invalidateAll().await().indefinitely();
        Stubs.healthy(downstreams);
    }
}
