package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Asked for something that needs an evaluation (a score comparison) of a version that has none. */
public class NotScored extends HttpProblem {

    public NotScored(String detail) {
        super(builder().withType(ProblemTypes.NOT_SCORED).withTitle("Not scored yet")
                .withStatus(Response.Status.CONFLICT).withDetail(detail));
    }
}
