package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/**
 * rules-service with its fault tolerance: a 3 s timeout, two quick retries (scoring is a pure function,
 * so a retry is safe), and a circuit breaker that stops calling for 3 s (then probes) once half of the last
 * 4 calls failed. Only outages count: timeouts, refused connections, 502/503/504 ({@link DownstreamFailure}).
 * An answer about one request, a 4xx ({@link DownstreamRejection}) or a 500 ({@link DownstreamError}), is
 * not retried and not counted by the breaker: one draft the rules cannot score must not stop the others.
 * Every value is overridable, e.g.
 * {@code quarkus.fault-tolerance."org.tradedeal.negotiation.client.RulesGateway/evaluate".timeout.value=5000}.
 */
@ApplicationScoped
public class RulesGateway {

    private final RulesClient client;

    public RulesGateway(@RestClient RulesClient client) {
        this.client = client;
    }

    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {DownstreamRejection.class, DownstreamError.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3_000,
            skipOn = {DownstreamRejection.class, DownstreamError.class})
    public JsonNode evaluate(EvaluationRequest request) {
        return client.evaluate(request);
    }

    /** Many drafts in one call, with the same fault tolerance (a chunk of a re-scoring; see RulesClient). */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {DownstreamRejection.class, DownstreamError.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3_000,
            skipOn = {DownstreamRejection.class, DownstreamError.class})
    public List<JsonNode> evaluateAll(List<EvaluationRequest> requests) {
        return client.evaluateAll(requests);
    }
}
