package org.tradedeal.tradedata.rest;

import org.tradedeal.tradedata.problem.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A write that carries a body must say what it is: without a Content-Type, JAX-RS would guess, and a page of
 * another origin could post without a CORS preflight. 415 problem details; a wrong Content-Type is refused as
 * 415 by each resource's {@code @Consumes}.
 * <p>
 * Kept identical (but for the package) to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/rest/DeclaredContentType.java.
 */
@Provider
@PreMatching
public class DeclaredContentType implements ContainerRequestFilter {

    private static final URI UNSUPPORTED = ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && carriesBody(request)) {
            String message = "a request body needs a Content-Type header, as the operation declares it";
            request.abortWith(HttpProblem.builder().withType(UNSUPPORTED)
                    .withTitle("Unsupported Media Type").withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .withDetail("Content-Type: " + message)
                    .with("violations", List.of(Map.of("field", "Content-Type", "in", "header", "message", message)))
                    .build().toResponse());
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.equals("0");
    }
}
