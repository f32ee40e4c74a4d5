package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A downstream service answered 4xx: the thing asked for is absent (404: no trade data for that
 * partner and year) or the request is wrong (400). Asking again will not help, so it is neither retried
 * nor counted as a failure by the circuit breaker.
 */
public class DownstreamRejection extends RuntimeException {

    private final int status;
    private final transient JsonNode problem;

    public DownstreamRejection(int status, JsonNode problem, String message) {
        super(message);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The downstream's problem details, when it sent any. */
    public JsonNode problem() {
        return problem;
    }
}
