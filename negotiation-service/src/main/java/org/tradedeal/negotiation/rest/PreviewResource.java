package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.api.PreviewInput;
import org.tradedeal.negotiation.api.PreviewView;
import org.tradedeal.negotiation.service.PreviewService;

@RolesAllowed(Roles.NEGOTIATOR)
@Path("/api/v1/negotiations/{negotiationId}/previews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts")
public class PreviewResource {

    private final PreviewService previews;

    public PreviewResource(PreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Operation(operationId = "previewDraft", summary = "Score unsaved draft content now, without storing anything",
            description = "The content is validated exactly as a version's content is; it is scored against today's "
                    + "trade data and rules, and nothing is stored. Unlike a submission, a preview does not wait for a "
                    + "downstream service that is down: it answers 503 at once, and the caller keeps its content.")
    @APIResponse(responseCode = "200", description = "The score, verdict, implied rate and dollar gap, with rules-service's whole answer")
    @APIResponse(responseCode = "400", description = "Invalid content; the problem details name each bad field")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    @APIResponse(responseCode = "422", description = "Cannot be scored (no trade data for the pair and year, or the rules reject it)")
    @APIResponse(responseCode = "503", description = "trade-data-service or rules-service is unavailable; Retry-After says when to ask again")
    public PreviewView preview(@PathParam("negotiationId") long negotiationId, @NotNull @Valid PreviewInput input) {
        return previews.preview(negotiationId, input.content());
    }
}
