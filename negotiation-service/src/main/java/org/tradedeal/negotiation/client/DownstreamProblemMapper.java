package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a downstream's error answer into {@link DownstreamRejection} (4xx) or {@link DownstreamFailure} (5xx). */
public class DownstreamProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String where = response.getLocation() == null ? "" : " at " + response.getLocation();
        if (status >= 500) {
            return new DownstreamFailure("Downstream answered " + status + where);
        }
        JsonNode problem = readProblem(response);
        String detail = problem != null && problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "";
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
