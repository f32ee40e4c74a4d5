package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.problem.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem as the pages show it: the same status, type, title and detail the API answers with (RFC 9457),
 * and its violations by the field they name, in the API's own naming ({@code content.purchases[0].hsCode}).
 */
public record Problem(int status, String type, String title, String detail, Map<String, String> fields) {

    public static Problem of(HttpProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (problem.getParameters().get("violations") instanceof Collection<?> violations) {
            for (Object violation : violations) {
                if (violation instanceof Map<?, ?> entry && entry.get("field") != null) {
                    fields.putIfAbsent(String.valueOf(entry.get("field")), String.valueOf(entry.get("message")));
                }
            }
        }
        return new Problem(problem.getStatusCode(), problem.getType() == null ? null : problem.getType().toString(),
                problem.getTitle(), problem.getDetail(), fields);
    }

    /** Bean Validation failures of a service call, named as the API names the fields of its body. */
    public static Problem of(ConstraintViolationException exception) {
        return ofViolations(exception.getConstraintViolations());
    }

    static Problem ofViolations(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(violation -> fields.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage()));
        return new Problem(400, ProblemTypes.VALIDATION.toString(), "Bad Request",
                "Some fields need another value", fields);
    }

    /** Violations of a draft's content validated on its own, named as the API names them ({@code content....}). */
    public static Problem ofContent(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(violation -> {
            String field = field(violation.getPropertyPath());
            fields.putIfAbsent(field.isEmpty() ? "content" : "content." + field, violation.getMessage());
        });
        return new Problem(400, ProblemTypes.VALIDATION.toString(), "Bad Request", "Some fields need another value",
                fields);
    }

    /** A problem about the form as a whole, with no field named. */
    public static Problem general(int status, String title, String detail) {
        return new Problem(status, null, title, detail, Map.of());
    }

    public List<Map.Entry<String, String>> fieldList() {
        return List.copyOf(fields.entrySet());
    }

    /**
     * The path of a violation without the method it was raised on: {@code create.content.purchases[0].hsCode}
     * is {@code content.purchases[0].hsCode}, and a list element's own node ({@code <list element>}) adds only
     * its index.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if ((kind == ElementKind.PROPERTY || kind == ElementKind.PARAMETER) && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
