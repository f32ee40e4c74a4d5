package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Nothing answers to the key asked for: a 404 whose detail names what was looked for. */
public final class NotFound extends HttpProblem {

    private NotFound(String detail) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(detail));
    }

    public static NotFound barrier(Object key) {
        return new NotFound(String.format("No non-tariff barrier %s", key));
    }

    public static NotFound partner(Object key) {
        return new NotFound(String.format("No partner with ISO code %s", key));
    }

    public static NotFound importBatch(Object key) {
        return new NotFound(String.format("No import batch with id %s", key));
    }

    public static NotFound tradeFlow(Object key) {
        return new NotFound(String.format("No trade flow with id %s", key));
    }

    public static NotFound tariffMeasure(Object key) {
        return new NotFound(String.format("No tariff measure with id %s", key));
    }
}
