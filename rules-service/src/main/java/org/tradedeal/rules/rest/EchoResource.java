package org.tradedeal.rules.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.rules.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Benchmark only: answers the JSON it is sent, parsed and written again, so a load test can set the
 * scoring endpoint's throughput beside the same application's bare HTTP + JSON cost. Off unless
 * {@code benchmark.echo.enabled=true}.
 */
@RolesAllowed(Roles.SERVICE)
@Path("/api/v1/echo")
@NonBlocking
public class EchoResource {

    private final boolean enabled;

    public EchoResource(@ConfigProperty(name = "benchmark.echo.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // hidden from the document: it answers 404 unless a benchmark switched it on
    @Operation(operationId = "echo", hidden = true,
            summary = "Benchmark only (off by default): the request body, parsed and written back")
    public JsonNode echo(JsonNode body) {
        if (!enabled) {
            throw new NotFoundException();
        }
        return body;
    }
}
