package org.tradedeal.rules.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.problem.ProblemTypes;

import java.net.URI;

/**
 * Gives the problems the framework raises (Bean Validation, malformed JSON, unknown paths) a stable
 * {@code type}, as this service's own problems have.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    private final ObjectMapper json;

    public ProblemTypeDefaults(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null) {
            return problem;
        }
        HttpProblem.Builder typed = HttpProblem.builder(problem).withType(typeOf(problem));
        if (problem instanceof HttpValidationProblem) {
            // The violations are not part of the builder's copy; carry them over as they are rendered.
            JsonNode violations = json.valueToTree(problem).get("violations");
            if (violations != null) {
                typed.with("violations", violations);
            }
        }
        return typed.build();
    }

    private static URI typeOf(HttpProblem problem) {
        if (problem instanceof HttpValidationProblem) {
            return ProblemTypes.VALIDATION;
        }
        return switch (problem.getStatusCode()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 500 -> ProblemTypes.INTERNAL;
            default -> ProblemTypes.HTTP;
        };
    }

    @Override
    public int priority() {
        return 200;
    }
}
