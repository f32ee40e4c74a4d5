package org.tradedeal.negotiation.client;

/**
 * A downstream service is out of service (502, 503 or 504, or 408/429: busy): it may pass whatever is
 * asked. Retried, counted by the circuit breaker, and in the end leaves the draft waiting for the scoring
 * worker. Timeouts and refused connections are outages too (their own exception types).
 */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(String message) {
        super(message);
    }
}
