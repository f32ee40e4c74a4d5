package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula;

import java.math.BigDecimal;
import java.util.List;

/** A target rate the formula can never give: below its 10% floor (or not a whole percent). */
public class TargetBelowFloor extends HttpProblem {

    public TargetBelowFloor(BigDecimal targetRatePct, String field) {
        super(builder()
                .withType(ProblemTypes.TARGET_BELOW_FLOOR)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Target rate out of reach")
                .withDetail("A target of " + targetRatePct.toPlainString() + "% cannot be reached: the reciprocal rate is "
                        + "max(10, ceil(charged / 2)), a whole percent and never below the 10% floor. Ask for 10 or more.")
                .with("floorPct", ReciprocalTariffFormula.FLOOR_PCT)
                .with("violations", List.of(FieldViolation.body(field, "must be a whole percent of at least 10"))));
    }
}
