package org.tradedeal.negotiation.client;

/**
 * A downstream service failed in a way that may pass (a 5xx answer). Retried, counted by the circuit
 * breaker, and in the end leaves the draft waiting for the scoring worker.
 */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(String message) {
        super(message);
    }
}
