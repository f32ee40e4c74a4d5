package org.tradedeal.rules.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.tradedeal.rules.problem.ProblemTypes;

import java.net.URI;
import java.util.stream.StreamSupport;

/**
 * Gives the problems the framework raises (Bean Validation, malformed JSON, unknown paths, 405/406/415...) the
 * type and title of the suite's vocabulary (the root README's "Problem types"), as this service's own problems
 * have, so a client can tell every kind of error apart by its type alone.
 * <p>
 * A deliberate copy: kept identical to negotiation-service's, rules-service's and trade-data-service's
 * {@code rest/ProblemTypeDefaults.java} (only the package differs); {@code ProblemVocabularyTest} holds each to
 * the README.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    /** A kind of problem: its type and the title that goes with it. */
    record Kind(URI type, String title) {
    }

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
        boolean validation = problem instanceof HttpValidationProblem || problem.getParameters().containsKey("violations");
        Kind kind = kindOf(problem.getStatusCode(), validation);
        HttpProblem.Builder typed = HttpProblem.builder(problem).withType(kind.type()).withTitle(kind.title());
        if (problem instanceof HttpValidationProblem) {
            // The violations are not part of the builder's copy; carry them over as they are rendered.
            JsonNode violations = json.valueToTree(problem).get("violations");
            if (violations != null) {
                typed.with("violations", violations);
            }
        }
        return typed.build();
    }

    /** The vocabulary's kind of a problem the framework raised with this status (and no type of its own). */
    static Kind kindOf(int status, boolean validation) {
        if (status == 400) {
            return new Kind(validation ? ProblemTypes.VALIDATION : ProblemTypes.MALFORMED_REQUEST, "Bad Request");
        }
        return switch (status) {
            case 401 -> new Kind(ProblemTypes.UNAUTHENTICATED, "Unauthorized");
            case 403 -> new Kind(ProblemTypes.FORBIDDEN, "Forbidden");
            case 404 -> new Kind(ProblemTypes.NOT_FOUND, "Not Found");
            case 405 -> new Kind(ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed");
            case 406 -> new Kind(ProblemTypes.NOT_ACCEPTABLE, "Not Acceptable");
            case 409 -> new Kind(ProblemTypes.CONFLICT, "Conflict");
            case 413 -> new Kind(ProblemTypes.PAYLOAD_TOO_LARGE, "Content Too Large");
            case 414 -> new Kind(ProblemTypes.URI_TOO_LONG, "URI Too Long");
            case 415 -> new Kind(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");
            case 431 -> new Kind(ProblemTypes.HEADERS_TOO_LARGE, "Request Header Fields Too Large");
            default -> status >= 500 ? new Kind(ProblemTypes.INTERNAL, "Internal Server Error")
                    : new Kind(ProblemTypes.kind("http-" + status), reasonPhrase(status));
        };
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    @Override
    public int priority() {
        // Before the library's defaults provider and logger, so the logged problem carries the type too.
        return 200;
    }
}
