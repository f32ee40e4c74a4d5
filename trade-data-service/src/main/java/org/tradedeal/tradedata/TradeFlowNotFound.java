package org.tradedeal.tradedata;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** No trade flow answers to the key asked for. */
public class TradeFlowNotFound extends HttpProblem {

    public TradeFlowNotFound(Object key) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(String.format("No trade flow with id %s", key)));
    }
}
