package org.tradedeal.rules.rest;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Bean Validation failures of a request body as 400 problem details with a {@code violations} list, like
 * the problem library's own mapper, but with the full path of each field: the library drops the index of
 * a body that is a list, so a bad field of the third draft of a batch would read
 * {@code draft.purchases[0].hsCode}; here it reads {@code [2].draft.purchases[0].hsCode}. The violations
 * are sorted by field, so the same body gives the same answer.
 */
@Provider
@Priority(1)
public class ViolationPathMapper extends ExceptionMapperBase<ConstraintViolationException> {

    @Override
    protected HttpProblem toProblem(ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> Violation.In.body.field(field(v.getPropertyPath())).message(v.getMessage()))
                .toList();
        return new HttpValidationProblem(Response.Status.BAD_REQUEST.getStatusCode(),
                Response.Status.BAD_REQUEST.getReasonPhrase(), violations);
    }

    /**
     * The path below the resource method and its body parameter: {@code evaluateAll.requests[2].draft.years}
     * becomes {@code [2].draft.years}; container elements ({@code <list element>}) add their index only.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = path.iterator();
        for (int skipped = 0; skipped < 2 && nodes.hasNext(); skipped++) {
            Path.Node node = nodes.next();
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER) {
                append(field, node); // not a method's parameter: keep it
            }
        }
        nodes.forEachRemaining(node -> append(field, node));
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.isInIterable()) {
            field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
        }
        if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                && node.getKind() != ElementKind.BEAN) {
            field.append(field.isEmpty() ? "" : ".").append(node.getName());
        }
    }
}
