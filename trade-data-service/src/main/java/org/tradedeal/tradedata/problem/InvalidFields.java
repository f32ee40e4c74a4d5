package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A request that passed the annotations but breaks a rule between fields or against the data (an unknown
 * partner code, a fiscal period with a calendar basis...). 400, same type and shape as Bean Validation.
 */
public class InvalidFields extends HttpProblem {

    public InvalidFields(List<FieldViolation> violations) {
        super(builder()
                .withType(ProblemTypes.VALIDATION)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are invalid")
                .with("violations", List.copyOf(violations)));
    }

    public InvalidFields(FieldViolation violation) {
        this(List.of(violation));
    }
}
