package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.Collection;

/** A status change the life cycle does not allow (backwards, the same status again, out of a final status). */
public class IllegalStatusTransition extends HttpProblem {

    public IllegalStatusTransition(String what, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
        super(builder()
                .withType(ProblemTypes.ILLEGAL_STATUS_CHANGE)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Status change not allowed")
                .withDetail(what + " cannot move from " + from + " to " + to
                        + (allowed.isEmpty() ? ": " + from + " is final." : "; allowed next: " + allowed + "."))
                .with("fromStatus", from.name())
                .with("toStatus", to.name())
                .with("allowed", allowed.stream().map(Enum::name).toList()));
    }
}
