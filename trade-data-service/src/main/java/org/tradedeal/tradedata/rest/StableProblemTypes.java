package org.tradedeal.tradedata.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.tradedata.problem.ProblemTypes;

import java.net.URI;
import java.util.stream.StreamSupport;

/**
 * Gives the library's generic problems (Bean Validation, malformed JSON, JAX-RS 404/405/415...) a stable
 * {@code type}, so that every error of this service can be told apart by its type alone. Problems raised by
 * the service itself carry their type already and pass through unchanged.
 */
@ApplicationScoped
@Startup
public class StableProblemTypes implements ProblemPostProcessor {

    private final ObjectMapper json;

    public StableProblemTypes(ObjectMapper json) {
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
