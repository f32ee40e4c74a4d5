package org.tradedeal.tradedata;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** No partner answers to the key asked for. */
public class PartnerNotFound extends HttpProblem {

    public PartnerNotFound(Object key) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(String.format("No partner with ISO code %s", key)));
    }
}
