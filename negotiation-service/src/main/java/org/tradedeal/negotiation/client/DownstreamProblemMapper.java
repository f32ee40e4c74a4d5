package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.Set;

/**
 * Sorts a downstream's error answer by what it says about the downstream: {@link DownstreamFailure} for an
 * outage (502, 503, 504; 408 and 429: too busy now), {@link DownstreamError} for any other 5xx (failed on
 * this one request), {@link DownstreamRejection} for any other 4xx (this request is wrong or asks for what
 * is absent). Only the first kind is retried at once and counted by the circuit breakers.
 */
public class DownstreamProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final Set<Integer> OUTAGE = Set.of(408, 429, 502, 503, 504);

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String where = response.getLocation() == null ? "" : " at " + response.getLocation();
        if (OUTAGE.contains(status)) {
            return new DownstreamFailure("Downstream answered " + status + where);
        }
        JsonNode problem = readProblem(response);
        String detail = problem != null && problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "";
        if (status >= 500) {
            return new DownstreamError("Downstream answered " + status + where + detail);
        }
        return new DownstreamRejection(status, problem, "Downstream answered " + status + detail);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static JsonNode readProblem(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(JsonNode.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
