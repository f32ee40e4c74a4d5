package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** A create that would duplicate what the service already holds (a partner code, a barrier code, a flow). */
public class AlreadyExists extends HttpProblem {

    public AlreadyExists(String detail) {
        super(builder()
                .withType(ProblemTypes.ALREADY_EXISTS)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Already exists")
                .withDetail(detail));
    }
}
