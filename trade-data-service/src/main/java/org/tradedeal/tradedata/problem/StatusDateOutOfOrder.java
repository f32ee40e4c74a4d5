package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** A status change dated before the change it follows: the history would run backwards. */
public class StatusDateOutOfOrder extends HttpProblem {

    public StatusDateOutOfOrder(String what, LocalDate effectiveOn, LocalDate previous) {
        super(builder()
                .withType(ProblemTypes.STATUS_DATE_OUT_OF_ORDER)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Status change dated before the previous one")
                .withDetail(what + ": a change effective on " + effectiveOn + " cannot follow the change effective on "
                        + previous + ".")
                .with("previousEffectiveOn", previous.toString()));
    }
}
