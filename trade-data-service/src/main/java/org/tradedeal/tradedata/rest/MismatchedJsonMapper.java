package org.tradedeal.tradedata.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.tradedata.ProblemTypes;

import java.util.stream.Collectors;

/**
 * JSON that parses but does not fit the request's shape (an array where an object belongs, a cut-off
 * body). Quarkus answers these with an empty 400 by default; this answers with problem details that
 * name the field where the body went wrong.
 */
@Provider
@Priority(1)
public class MismatchedJsonMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException exception) {
        HttpProblem.Builder problem = HttpProblem.builder().withType(ProblemTypes.MALFORMED_REQUEST)
                .withTitle("Bad Request").withStatus(Response.Status.BAD_REQUEST)
                .withDetail("The request body does not fit the API: " + exception.getOriginalMessage());
        String field = field(exception);
        if (!field.isEmpty()) {
            problem.with("field", field);
        }
        return problem.build().toResponse();
    }

    /** The path of the field, e.g. draft.purchases[0].years. */
    static String field(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
