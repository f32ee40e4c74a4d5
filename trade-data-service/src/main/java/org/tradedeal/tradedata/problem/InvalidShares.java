package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;

/** Allocation shares that do not sum to exactly 1 (shares are fractions: 0.5, not 50). */
public class InvalidShares extends HttpProblem {

    public InvalidShares(BigDecimal sum) {
        super(builder()
                .withType(ProblemTypes.INVALID_SHARES)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Shares do not add up")
                .withDetail("The shares of the allocation are fractions and must sum to exactly 1; they sum to "
                        + sum.toPlainString() + ".")
                .with("sharesSum", sum)
                .with("violations", List.of(FieldViolation.body("allocation", "shares must sum to exactly 1"))));
    }
}
