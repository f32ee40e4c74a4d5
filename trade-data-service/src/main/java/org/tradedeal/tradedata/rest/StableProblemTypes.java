package org.tradedeal.tradedata.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.tradedata.ProblemTypes;

import java.net.URI;

/**
 * Gives the library's generic problems (Bean Validation, malformed JSON, JAX-RS 404/405/415...) a stable
 * {@code type}, so that every error of this service can be told apart by its type alone. Problems raised by
 * the service itself carry their type already and pass through unchanged.
 */
@ApplicationScoped
@Startup
public class StableProblemTypes implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null) {
            return problem;
        }
        return HttpProblem.builder(problem).withType(typeOf(problem, context.cause)).build();
    }

    private static URI typeOf(HttpProblem problem, Throwable cause) {
        return switch (problem.getStatusCode()) {
            case 400 -> problem.getParameters().containsKey("violations") ? ProblemTypes.VALIDATION
                    : isJsonProblem(cause) ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.BAD_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 409 -> ProblemTypes.CONFLICT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            default -> problem.getStatusCode() >= 500 ? ProblemTypes.INTERNAL
                    : ProblemTypes.kind("http-" + problem.getStatusCode());
        };
    }

    private static boolean isJsonProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int priority() {
        // after the library's own defaults (instance, title), before its logger
        return 50;
    }
}
