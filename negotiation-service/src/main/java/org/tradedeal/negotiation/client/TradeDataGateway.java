package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * trade-data-service with its fault tolerance: a 3 s timeout, two quick retries, and a circuit breaker
 * that stops calling for 3 s (then probes) once half of the last 4 calls failed. Only outages count:
 * timeouts, refused connections, 502/503/504 ({@link DownstreamFailure}). A 4xx ({@link DownstreamRejection})
 * is an answer, and a 500 ({@link DownstreamError}) a failure of that one request: neither is retried at
 * once nor counted by the breaker.
 * Every value is overridable, e.g.
 * {@code quarkus.fault-tolerance."org.tradedeal.negotiation.client.TradeDataGateway/baseline".timeout.value=5000}.
 */
@ApplicationScoped
public class TradeDataGateway {

    private final TradeDataClient client;

    public TradeDataGateway(@RestClient TradeDataClient client) {
        this.client = client;
    }

    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {DownstreamRejection.class, DownstreamError.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3_000,
            skipOn = {DownstreamRejection.class, DownstreamError.class})
    public JsonNode baseline(String reporter, String partner, int year) {
        return client.baseline(reporter, partner, year);
    }
}
