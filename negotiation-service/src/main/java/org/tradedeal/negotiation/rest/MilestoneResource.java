package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.api.MilestoneInput;
import org.tradedeal.negotiation.api.MilestoneView;
import org.tradedeal.negotiation.idempotency.Idempotent;
import org.tradedeal.negotiation.mapping.MilestoneMapper;
import org.tradedeal.negotiation.service.MilestoneService;

import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/api/v1/negotiations/{negotiationId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "The steps of a negotiation's roadmap")
public class MilestoneResource {

    private final MilestoneService service;
    private final MilestoneMapper mapper;

    public MilestoneResource(MilestoneService service, MilestoneMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listMilestones", summary = "The negotiation's milestones by due date")
    @APIResponse(responseCode = "200", description = "The milestones")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public List<MilestoneView> list(@PathParam("negotiationId") long negotiationId) {
        return service.listByNegotiation(negotiationId).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{milestoneId}")
    @Operation(operationId = "getMilestone", summary = "One milestone")
    @APIResponse(responseCode = "200", description = "The milestone")
    @APIResponse(responseCode = "404", description = "No such negotiation or milestone")
    public MilestoneView get(@PathParam("negotiationId") long negotiationId,
                             @PathParam("milestoneId") long milestoneId) {
        return mapper.toView(service.get(negotiationId, milestoneId));
    }

    @RolesAllowed(Roles.ADMIN)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    @POST
    @Operation(operationId = "createMilestone", summary = "Add a milestone to the roadmap")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem details name each bad field")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public Response add(@PathParam("negotiationId") long negotiationId, @NotNull @Valid MilestoneInput input,
                        @Context UriInfo uri) {
        MilestoneView created = mapper.toView(service.add(negotiationId, mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{milestoneId}")
    @Operation(operationId = "updateMilestone", summary = "Change a milestone (mark it done, slipped...)", description = "Send the version you read.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, or no version given")
    @APIResponse(responseCode = "404", description = "No such negotiation or milestone")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public MilestoneView update(@PathParam("negotiationId") long negotiationId,
                                @PathParam("milestoneId") long milestoneId, @NotNull @Valid MilestoneInput input) {
        return mapper.toView(service.update(negotiationId, milestoneId,
                OptimisticLocking.requireVersion(input.version()), mapper.toEntity(input)));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{milestoneId}")
    @Operation(operationId = "deleteMilestone", summary = "Remove a milestone from the roadmap")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such negotiation or milestone")
    public void delete(@PathParam("negotiationId") long negotiationId, @PathParam("milestoneId") long milestoneId) {
        service.delete(negotiationId, milestoneId);
    }
}
