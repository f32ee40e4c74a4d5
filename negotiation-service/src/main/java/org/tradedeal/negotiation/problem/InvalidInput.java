package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * Input that is well-formed but wrong in its context (a purchase starting before the negotiation's
 * baseline year, a side that is not in the negotiation). Answered as 400 with the same
 * {@code violations} list as Bean Validation failures, each naming its field.
 */
public class InvalidInput extends HttpProblem {

    /** One bad field: its path in the request body and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public InvalidInput(List<Violation> violations) {
        this("body", violations);
    }

    private InvalidInput(String in, List<Violation> violations) {
        super(builder().withType(ProblemTypes.VALIDATION).withTitle("Bad Request")
                .withStatus(Response.Status.BAD_REQUEST)
                .with("violations", violations.stream()
                        .map(v -> Map.of("field", v.field(), "in", in, "message", v.message()))
                        .toList()));
    }

    /** A bad query parameter, named as Bean Validation names one. */
    public static InvalidInput ofQuery(String parameter, String message) {
        return new InvalidInput("query", List.of(new Violation(parameter, message)));
    }
}
