package org.tradedeal.rules.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * A request that is well-formed field by field but wrong as a whole (a purchase before the baseline's
 * year). Answered as 400 with the same {@code violations} list as Bean Validation failures.
 */
public class InvalidInput extends HttpProblem {

    /** One bad field: its path in the request body and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public InvalidInput(List<Violation> violations) {
        super(builder().withType(ProblemTypes.VALIDATION).withTitle("Bad Request")
                .withStatus(Response.Status.BAD_REQUEST)
                .with("violations", violations.stream()
                        .map(v -> Map.of("field", v.field(), "in", "body", "message", v.message()))
                        .toList()));
    }
}
