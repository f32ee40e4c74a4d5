package org.tradedeal.negotiation.client;

/**
 * A downstream service answered a 5xx other than 502/503/504 (typically 500): it is up, but failed on this
 * one request. Not an outage, so neither retried at once nor counted by the circuit breaker (one draft that
 * crashes the rules must not stop the scoring of every other); the scoring worker tries the request again a
 * few times and then marks it SCORING_FAILED.
 */
public class DownstreamError extends RuntimeException {

    public DownstreamError(String message) {
        super(message);
    }
}
