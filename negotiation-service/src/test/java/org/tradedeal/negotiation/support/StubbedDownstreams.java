package org.tradedeal.negotiation.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that score drafts: each starts with both downstream stubs answering normally and every
 * circuit breaker closed, whatever the test before it did.
 */
public abstract class StubbedDownstreams {

    @InjectDownstreams
    protected WireMockServer downstreams;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyDownstreams() {
        breakers.resetAll();
        Stubs.healthy(downstreams);
    }
}
