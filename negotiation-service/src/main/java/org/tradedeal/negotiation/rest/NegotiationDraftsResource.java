package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.api.DraftInput;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.idempotency.Idempotent;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.service.DraftService;

import java.net.URI;
import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/api/v1/negotiations/{negotiationId}/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts", description = "Proposal drafts, their versions, scoring and comparison")
public class NegotiationDraftsResource {

    private final DraftService drafts;
    private final DraftMapper mapper;

    public NegotiationDraftsResource(DraftService drafts, DraftMapper mapper) {
        this.drafts = drafts;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listNegotiationDrafts", summary = "The negotiation's drafts, each with its newest versions and their latest scores",
            description = "Each draft carries its newest " + DraftService.OVERVIEW_VERSIONS + " versions you may see at "
                    + "most (oldest of them first) and versionCount, how many you may see in all; read every version of "
                    + "a draft, a page at a time, with GET /api/v1/drafts/{draftId}/versions.")
    @APIResponse(responseCode = "200", description = "The drafts")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public List<DraftView> list(@PathParam("negotiationId") long negotiationId) {
        return drafts.listByNegotiation(negotiationId).stream()
                .map(draft -> mapper.toView(drafts.overview(draft))).toList();
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    @POST
    @Operation(operationId = "createDraft", summary = "Start a draft of your side with its first version",
            description = "The draft belongs to the side of your token; you are the author of its first version.")
    @APIResponse(responseCode = "201", description = "Created; Location names the draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content; the problem details name each bad field")
    @APIResponse(responseCode = "403", description = "Not a negotiator, or your side is not a party to the negotiation")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public Response create(@PathParam("negotiationId") long negotiationId, @NotNull @Valid DraftInput input) {
        DraftVersion first = drafts.create(negotiationId, input.title(), input.note(), input.content());
        long draftId = first.draft.id;
        return Response.created(URI.create("/api/v1/drafts/" + draftId))
                .entity(mapper.toView(drafts.overview(draftId))).build();
    }
}
