package org.tradedeal.tradedata.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.tradedata.problem.ProblemTypes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or JSON that does not fit the request's shape (a string where a number belongs,
 * a fraction for a whole number, NaN, a number too large, {@code [null]} in a list, trailing tokens): 400
 * problem details naming the field, in the words of JSON ("must be a number"), never a Java type.
 * {@code field} is kept for clients of the earlier shape; {@code violations} is the shape of every 400.
 * <p>
 * Kept identical (but for the package and the ProblemTypes import) to rules-service's and
 * negotiation-service's rest/JsonProblemMapper.java.
 */
@Provider
@Priority(1)
public class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problem(exception).toResponse();
    }

    /** Wins over Quarkus REST's own mapper of this type, which answers plain JSON naming Java classes. */
    @Provider
    @Priority(1)
    public static class Mismatched implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return problem(exception).toResponse();
        }
    }

    /** Wins over the problem library's mapper of this type, which names Java classes. */
    @Provider
    @Priority(1)
    public static class Format implements ExceptionMapper<InvalidFormatException> {
        @Override
        public Response toResponse(InvalidFormatException exception) {
            return problem(exception).toResponse();
        }
    }

    /** Wins over the problem library's mapper of this type, which names Java classes. */
    @Provider
    @Priority(1)
    public static class Unrecognized implements ExceptionMapper<UnrecognizedPropertyException> {
        @Override
        public Response toResponse(UnrecognizedPropertyException exception) {
            return problem(exception).toResponse();
        }
    }

    /** The problem for a body that is not JSON or does not fit; also used for such errors Quarkus wraps. */
    public static HttpProblem problem(JsonProcessingException exception) {
        String field = field(exception);
        String message = message(exception);
        return HttpProblem.builder().withType(ProblemTypes.MALFORMED_REQUEST)
                .withTitle("Bad Request").withStatus(Response.Status.BAD_REQUEST)
                .withDetail(field + ": " + message)
                .with("field", field)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build();
    }

    /** The JSON error behind a failure, if there is one. */
    public static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** The path of the field, e.g. draft.purchases[0].years; "body" for the body as a whole. */
    static String field(JsonProcessingException exception) {
        String path = "";
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            path = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining());
        } else if (exception.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            path = parser.getParsingContext().pathAsPointer().toString().replaceAll("/(\\d+)(?=/|$)", "[$1]")
                    .replace('/', '.');
        }
        path = path.replaceFirst("^\\.", "");
        return path.isEmpty() ? "body" : path;
    }

    static String message(JsonProcessingException exception) {
        Throwable root = exception;
        while (root.getCause() instanceof JsonProcessingException cause && cause != root) {
            root = cause;
        }
        if (root instanceof InputCoercionException coercion) {
            return "must be " + JsonVocabulary.describe(coercion.getTargetType()) + " within range";
        }
        if (root instanceof StreamConstraintsException) {
            return "is too large or too deeply nested";
        }
        if (exception instanceof InvalidNullException || root instanceof InvalidNullException) {
            return "must not be null";
        }
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        String said = String.valueOf(exception.getOriginalMessage());
        if (exception instanceof InvalidFormatException && said.contains(": must ")) {
            return said.substring(said.lastIndexOf(": must ") + 2); // our own deserializers' words
        }
        if (exception instanceof InvalidFormatException format) {
            return "must be " + JsonVocabulary.describe(format.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatch) {
            String original = String.valueOf(mismatch.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                return "must be a single JSON value: more content follows it";
            }
            if (original.startsWith("No content")) {
                return "is empty: a JSON body is required";
            }
            return "must be " + JsonVocabulary.describe(mismatch.getTargetType());
        }
        if (exception instanceof JsonMappingException) {
            return "does not fit the API";
        }
        String original = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        JsonLocation at = exception.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (original.contains("Non-standard token") || original.contains("NaN") || original.contains("Infinity")) {
            return "must be a finite number (NaN and Infinity are not JSON)" + where;
        }
        if (original.contains("end-of-input") || original.contains("No content")) {
            return "is cut off: the JSON ends too early" + where;
        }
        return "is not valid JSON" + where;
    }
}
