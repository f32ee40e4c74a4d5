package org.tradedeal.tradedata;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** No import batch answers to the key asked for. */
public class ImportBatchNotFound extends HttpProblem {

    public ImportBatchNotFound(Object key) {
        super(builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(String.format("No import batch with id %s", key)));
    }
}
