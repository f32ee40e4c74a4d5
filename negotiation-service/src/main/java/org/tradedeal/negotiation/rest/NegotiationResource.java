package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
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
import org.tradedeal.negotiation.api.DashboardView;
import org.tradedeal.negotiation.api.NegotiationInput;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.api.RescoringView;
import org.tradedeal.negotiation.api.RoadmapView;
import org.tradedeal.negotiation.idempotency.Idempotent;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.service.DashboardService;
import org.tradedeal.negotiation.service.NegotiationService;
import org.tradedeal.negotiation.service.RoadmapService;
import org.tradedeal.negotiation.service.ScoringOutcome;
import org.tradedeal.negotiation.service.ScoringService;

import java.time.LocalDate;
import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/api/v1/negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Negotiations", description = "Negotiations, their roadmaps and dashboards")
public class NegotiationResource {

    private final NegotiationService service;
    private final RoadmapService roadmaps;
    private final DashboardService dashboards;
    private final ScoringService scoring;
    private final NegotiationMapper mapper;

    public NegotiationResource(NegotiationService service, RoadmapService roadmaps, DashboardService dashboards,
                               ScoringService scoring, NegotiationMapper mapper) {
        this.service = service;
        this.roadmaps = roadmaps;
        this.dashboards = dashboards;
        this.scoring = scoring;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listNegotiations", summary = "List negotiations")
    @APIResponse(responseCode = "200", description = "All negotiations, oldest first")
    public List<NegotiationView> list() {
        return service.listAll().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNegotiation", summary = "One negotiation")
    @APIResponse(responseCode = "200", description = "The negotiation")
    @APIResponse(responseCode = "404", description = "No negotiation with that id (problem details)")
    public NegotiationView get(@PathParam("id") long id) {
        return mapper.toView(service.get(id));
    }

    @RolesAllowed(Roles.ADMIN)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNegotiation", summary = "Open a negotiation")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NegotiationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem details name each bad field")
    public Response open(@NotNull @Valid NegotiationInput input, @Context UriInfo uri) {
        NegotiationView created = mapper.toView(service.open(mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateNegotiation", summary = "Change a negotiation", description = "Send the version you read; a stale one is a 409.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, or no version given")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public NegotiationView update(@PathParam("id") long id, @NotNull @Valid NegotiationInput input) {
        return mapper.toView(service.update(id, OptimisticLocking.requireVersion(input.version()), mapper.toEntity(input)));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteNegotiation", summary = "Delete a negotiation with its roadmap, drafts and evaluations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/roadmap")
    @Operation(operationId = "getRoadmap", summary = "The roadmap: milestones by due date, with overdue, due-soon and at-risk flags")
    @APIResponse(responseCode = "200", description = "The roadmap")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public RoadmapView roadmap(@PathParam("id") long id,
                               @Parameter(description = "Judge as of this day (default today)", example = "2025-07-01")
                               @QueryParam("asOf") LocalDate asOf,
                               @Parameter(description = "The due-soon window in days (default 30)", example = "14")
                               @QueryParam("dueWithinDays") @Min(0) @Max(3650) Integer dueWithinDays) {
        return roadmaps.roadmap(id, asOf, dueWithinDays);
    }

    @GET
    @Path("/{id}/dashboard")
    @Operation(operationId = "getDashboard", summary = "Where the negotiation stands: milestones due, the latest score of each draft, the best "
            + "draft and its gap to the target rate")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public DashboardView dashboard(@PathParam("id") long id,
                                   @Parameter(description = "Judge as of this day (default today)")
                                   @QueryParam("asOf") LocalDate asOf,
                                   @Parameter(description = "The due-soon window in days (default 30)")
                                   @QueryParam("dueWithinDays") @Min(0) @Max(3650) Integer dueWithinDays) {
        return dashboards.dashboard(id, asOf, dueWithinDays);
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @POST
    @Path("/{id}/rescoring")
    @Operation(operationId = "rescoreNegotiation", summary = "Score every scored version of the negotiation again",
            description = "Each version scored answers what changed since its previous evaluation and why: the score "
                    + "before and after, the ruleset and data vintage before and after, and per concern the points "
                    + "and the rules now or no longer firing (changes). Versions a downstream "
                    + "outage keeps from scoring now wait as PENDING and are scored when it is back.")
    @APIResponse(responseCode = "200", description = "What happened to each version")
    @APIResponse(responseCode = "404", description = "No negotiation with that id")
    public List<RescoringView> rescoreAll(@PathParam("id") long id) {
        return scoring.rescoreAll(id).stream().map(NegotiationResource::toView).toList();
    }

    private static RescoringView toView(ScoringService.VersionOutcome result) {
        ScoringOutcome outcome = result.outcome();
        if (outcome instanceof ScoringOutcome.Scored scored) {
            return new RescoringView(result.draftId(), result.version(), "SCORED", scored.evaluationId(), null, null,
                    result.changes());
        }
        if (outcome instanceof ScoringOutcome.Pending pending) {
            return new RescoringView(result.draftId(), result.version(), "PENDING", null, pending.nextAttemptAt(),
                    pending.lastError(), null);
        }
        ScoringOutcome.Failed failed = (ScoringOutcome.Failed) outcome;
        return new RescoringView(result.draftId(), result.version(), "FAILED", null, null, failed.detail(), null);
    }
}
