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
 * that stops calling for 10 s once half of the last 4 calls failed. A 4xx answer
 * ({@link DownstreamRejection}) is an answer, not a failure: no retry, and the breaker does not count it.
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
            abortOn = {DownstreamRejection.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = DownstreamRejection.class)
    public JsonNode baseline(String reporter, String partner, int year) {
        return client.baseline(reporter, partner, year);
    }
}
