package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;


/**
 * rules-service: scores one draft against a baseline. Scoring is a pure function there, so retrying is
 * safe. The answer is kept whole as a JSON tree; {@link RulesEvaluation} is the part this service reads.
 * Called through {@link RulesGateway}, which adds fault tolerance.
 */
@OidcClientFilter // the service's own client-credentials token (role service)
@RegisterRestClient(configKey = "rules")
@RegisterProvider(DownstreamProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RulesClient {

    /** @throws DownstreamRejection 400 when rules-service finds the draft malformed */
    @POST
    @Path("/evaluations")
    JsonNode evaluate(EvaluationRequest request);

    /**
     * Scores many drafts in one call (at most 1,000): the answers in the order of the requests.
     *
     * @throws DownstreamRejection 400 when any one of them is malformed (none is scored)
     */
    @POST
    @Path("/evaluations/batch")
    List<JsonNode> evaluateAll(List<EvaluationRequest> requests);

    /** A light call that tells whether the service answers (and has its rules): its rule catalogue. */
    @GET
    @Path("/rules")
    Uni<Response> answers();
}
