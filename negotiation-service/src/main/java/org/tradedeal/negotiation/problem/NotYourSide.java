package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * The caller's side may not see or change this: a draft of the other side not shared with it, or a negotiation
 * its side is no party to. Answered as 403, with nothing of the draft in the answer.
 */
public class NotYourSide extends HttpProblem {

    public NotYourSide(String detail) {
        super(builder().withType(ProblemTypes.NOT_YOUR_SIDE).withTitle("Not your side's")
                .withStatus(Response.Status.FORBIDDEN).withDetail(detail));
    }
}
