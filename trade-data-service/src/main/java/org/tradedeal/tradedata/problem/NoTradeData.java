package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** The service holds no flows (or not both directions) for the pair and year asked about. */
public class NoTradeData extends HttpProblem {

    public NoTradeData(String detail) {
        super(builder()
                .withType(ProblemTypes.NO_TRADE_DATA)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("No trade data")
                .withDetail(detail));
    }
}
