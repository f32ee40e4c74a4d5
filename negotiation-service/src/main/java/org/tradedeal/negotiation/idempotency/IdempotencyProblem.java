package org.tradedeal.negotiation.idempotency;

import org.tradedeal.negotiation.problem.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What goes wrong with an Idempotency-Key: malformed (400), reused for another request (422), still being answered (409).
 * <p>
 * A deliberate copy: kept identical to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/idempotency/IdempotencyProblem.java (only the package differs).
 */
public class IdempotencyProblem extends HttpProblem {

    public static final URI REUSED = ProblemTypes.IDEMPOTENCY_KEY_REUSED;
    public static final URI IN_PROGRESS = ProblemTypes.IDEMPOTENCY_KEY_IN_PROGRESS;
    public static final URI VALIDATION = ProblemTypes.VALIDATION;

    private IdempotencyProblem(Builder builder) {
        super(builder);
    }

    static IdempotencyProblem malformed() {
        return new IdempotencyProblem(builder().withType(VALIDATION).withTitle("Bad Request")
                .withStatus(Response.Status.BAD_REQUEST)
                .with("violations", List.of(Map.of("field", IdempotencyInterceptor.HEADER, "in", "header",
                        "message", "must be 1 to 255 visible ASCII characters, e.g. a UUID"))));
    }

    static IdempotencyProblem reused(String key) {
        return new IdempotencyProblem(builder().withType(REUSED).withTitle("Idempotency-Key reused")
                .withStatus(422).withDetail("The Idempotency-Key " + key + " was used for another request (another "
                        + "body or address); use a new key for a new request.")
                .with("field", IdempotencyInterceptor.HEADER));
    }

    static IdempotencyProblem inProgress(String key) {
        return new IdempotencyProblem(builder().withType(IN_PROGRESS).withTitle("Request in progress")
                .withStatus(Response.Status.CONFLICT).withHeader("Retry-After", 1)
                .withDetail("A request with the Idempotency-Key " + key + " is being answered; retry in a moment "
                        + "to get its answer."));
    }
}
