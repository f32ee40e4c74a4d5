package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;


/**
 * trade-data-service, for the one call a scoring makes: the baseline of a partner pair and year. The
 * baseline stays an opaque JSON tree here: it goes to rules-service as it came, and this service reads
 * only its {@code dataVintage}. Called through {@link TradeDataGateway}, which adds fault tolerance.
 */
@OidcClientFilter // the service's own client-credentials token (role service)
@RegisterRestClient(configKey = "trade-data")
@RegisterProvider(DownstreamProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface TradeDataClient {

    /**
     * @param reporter the side that imposes the tariff, whose trade ledger is used
     * @param partner  the side that proposes
     * @param etag     the ETag of the answer the caller keeps (null: none): while it is current, 304 and no body
     * @throws DownstreamRejection 404 when trade-data-service holds no flows for the pair and year
     */
    @GET
    @Path("/baselines")
    RestResponse<JsonNode> baseline(@QueryParam("reporter") String reporter, @QueryParam("partner") String partner,
                                    @QueryParam("year") int year, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag);

    /** A light call that tells whether the service answers (and reaches its database): its partners. */
    @GET
    @Path("/partners")
    Uni<Response> answers();
}
