package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Something the caller named does not exist: answered as 404. */
public abstract class NotFound extends HttpProblem {

    protected NotFound(String what, Object id) {
        super(builder().withType(ProblemTypes.NOT_FOUND).withTitle("Not Found")
                .withStatus(Response.Status.NOT_FOUND)
                .withDetail("No " + what.toLowerCase() + " with id " + id));
    }
}
