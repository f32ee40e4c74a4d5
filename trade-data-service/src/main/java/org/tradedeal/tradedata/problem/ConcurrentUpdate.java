package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Someone else changed the same record at the same time; reading it again and retrying is safe. */
public class ConcurrentUpdate extends HttpProblem {

    public ConcurrentUpdate(String what) {
        super(builder()
                .withType(ProblemTypes.CONCURRENT_UPDATE)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Concurrent update")
                .withDetail(what + " was changed by another request at the same time; read it again and retry."));
    }
}
