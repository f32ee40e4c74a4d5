package org.tradedeal.tradedata.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.tradedata.problem.ProblemTypes;

import java.util.List;
import java.util.Map;

/**
 * Path and query parameters carry codes, ids, dates and names, never control characters: a NUL would reach
 * PostgreSQL (which refuses it with an error) and the others only hide what a value says. Refused here, for
 * every operation at once, with a 400 that names the parameter.
 * <p>
 * Kept identical (but for the package and the ProblemTypes import) to rules-service's and
 * negotiation-service's rest/PlainTextParameters.java.
 */
@Provider
public class PlainTextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters(request, request.getUriInfo().getPathParameters(), "path");
        refuseControlCharacters(request, request.getUriInfo().getQueryParameters(), "query");
    }

    private static void refuseControlCharacters(ContainerRequestContext request, MultivaluedMap<String, String> parameters,
                                                String in) {
        if (request.getMethod() == null || parameters == null) {
            return;
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value) || hasControlCharacter(parameter.getKey())) {
                    String field = parameter.getKey().replaceAll("\\p{Cntrl}", "?");
                    String message = "must not contain control characters";
                    request.abortWith(HttpProblem.builder().withType(ProblemTypes.VALIDATION).withTitle("Bad Request")
                            .withStatus(Response.Status.BAD_REQUEST).withDetail(field + ": " + message)
                            .with("violations", List.of(Map.of("field", field, "in", in, "message", message)))
                            .build().toResponse());
                    return;
                }
            }
        }
    }

    static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
