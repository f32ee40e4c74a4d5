package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** A status change the life cycle does not allow (e.g. sharing a version that was never scored). */
public class IllegalStatusChange extends HttpProblem {

    public IllegalStatusChange(String what, Object from, Object to, Object allowed) {
        super(builder().withType(ProblemTypes.ILLEGAL_STATUS_CHANGE).withTitle("Status change not allowed")
                .withStatus(Response.Status.CONFLICT)
                .withDetail(what + " cannot move from " + from + " to " + to + "; allowed from " + from + ": " + allowed)
                .with("from", String.valueOf(from)).with("to", String.valueOf(to)));
    }
}
