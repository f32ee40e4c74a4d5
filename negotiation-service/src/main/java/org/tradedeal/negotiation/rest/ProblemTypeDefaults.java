package org.tradedeal.negotiation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.problem.ProblemTypes;

import java.net.URI;
import java.util.stream.StreamSupport;

/**
 * Gives the problems the framework raises (Bean Validation, malformed JSON, unknown paths) a stable
 * {@code type}, as our own problems have, so a client can tell every kind of error apart by its type.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    private final ObjectMapper json;

    public ProblemTypeDefaults(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException unreadable = JsonProblemMapper.jsonCause(context.cause);
        if (problem.getStatusCode() == 400 && unreadable != null && !problem.getParameters().containsKey("field")) {
            // a body Quarkus could not read (wrapped in a bare 400 before any mapper of ours saw it)
            return JsonProblemMapper.problem(unreadable);
        }
        if (problem.getStatusCode() == 400) {
            // a violation of the body parameter itself (@NotNull on an empty body) has no path: name the body
            Object listed = problem.getParameters().get("violations");
            JsonNode violations = listed != null ? json.valueToTree(listed)
                    : problem instanceof HttpValidationProblem ? json.valueToTree(problem).get("violations") : null;
            if (violations != null && violations.isArray()
                    && StreamSupport.stream(violations.spliterator(), false)
                    .anyMatch(v -> v.path("field").asText().isBlank())) {
                violations.forEach(v -> {
                    if (v.path("field").asText().isBlank() && v instanceof ObjectNode violation) {
                        violation.put("field", "body");
                    }
                });
                return HttpProblem.builder(problem).withType(problem.getType() != null ? problem.getType()
                        : ProblemTypes.VALIDATION).with("violations", violations).build();
            }
        }
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
        // Run before the library's defaults provider and logger, so the logged problem carries the type too.
        return 200;
    }
}
