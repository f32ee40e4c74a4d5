package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Figures the formula cannot work on, e.g. imports of zero (the formula divides by imports). */
public class FormulaNotApplicable extends HttpProblem {

    public FormulaNotApplicable(String detail) {
        super(builder()
                .withType(ProblemTypes.FORMULA_NOT_APPLICABLE)
                .withStatus(422)
                .withTitle("The formula does not apply to these figures")
                .withDetail(detail));
    }
}
