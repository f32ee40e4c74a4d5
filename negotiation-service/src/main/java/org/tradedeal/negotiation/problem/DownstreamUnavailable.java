package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * A call that needs a downstream answer now (a preview, the trade figures of a page) found it down, slow or
 * behind an open circuit breaker. Answered as 503 with Retry-After; nothing the caller sent is stored or
 * lost, so asking again later is safe.
 */
public class DownstreamUnavailable extends HttpProblem {

    /** How long a caller should wait before asking again: about one breaker delay or backoff step. */
    static final int RETRY_AFTER_SECONDS = 5;

    public DownstreamUnavailable(String service, String cause) {
        super(builder().withType(ProblemTypes.DOWNSTREAM_UNAVAILABLE).withTitle("Downstream service unavailable")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withDetail(service + " did not answer (" + cause + "). Nothing was stored or lost; try again in a "
                        + "few seconds.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .with("service", service));
    }
}
