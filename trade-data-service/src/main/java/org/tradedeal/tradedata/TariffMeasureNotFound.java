package org.tradedeal.tradedata;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** No tariff measure answers to the key asked for. */
public class TariffMeasureNotFound extends HttpProblem {

    public TariffMeasureNotFound(Object key) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(String.format("No tariff measure with id %s", key)));
    }
}
