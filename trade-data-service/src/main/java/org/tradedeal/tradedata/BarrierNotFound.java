package org.tradedeal.tradedata;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** No barrier answers to the key asked for. */
public class BarrierNotFound extends HttpProblem {

    public BarrierNotFound(Object key) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(String.format("No non-tariff barrier %s", key)));
    }
}
