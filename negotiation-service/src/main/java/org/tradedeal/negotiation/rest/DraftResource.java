package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.api.ComparisonView;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.EvaluationView;
import org.tradedeal.negotiation.api.StatusInput;
import org.tradedeal.negotiation.api.VersionInput;
import org.tradedeal.negotiation.api.VersionView;
import org.tradedeal.negotiation.idempotency.Idempotent;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.problem.ScoringImpossible;
import org.tradedeal.negotiation.service.ComparisonService;
import org.tradedeal.negotiation.service.DraftService;
import org.tradedeal.negotiation.service.ScoringOutcome;
import org.tradedeal.negotiation.service.ScoringService;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/api/v1/drafts/{draftId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts")
public class DraftResource {

    private final DraftService drafts;
    private final ScoringService scoring;
    private final ComparisonService comparisons;
    private final DraftMapper mapper;

    public DraftResource(DraftService drafts, ScoringService scoring, ComparisonService comparisons, DraftMapper mapper) {
        this.drafts = drafts;
        this.scoring = scoring;
        this.comparisons = comparisons;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getDraft", summary = "A draft with its newest versions and how many it has",
            description = "versions holds the newest " + DraftService.OVERVIEW_VERSIONS + " versions you may see at most "
                    + "(oldest of them first) with their latest score; versionCount says how many you may see in all. "
                    + "Read every version, a page at a time, with GET /api/v1/drafts/{draftId}/versions.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "No draft with that id")
    public DraftView get(@PathParam("draftId") long draftId) {
        return mapper.toView(drafts.overview(draftId));
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listDraftVersions", summary = "The versions of the draft, a page at a time, oldest first, each with its status and latest evaluation",
            description = "A page holds size versions (default " + VersionPaging.DEFAULT_SIZE + ", at most "
                    + VersionPaging.MAX_SIZE + "). X-Total-Count says how many versions you may see in all; Link "
                    + "(RFC 8288) names the first, prev, next and last pages. A page past the last is an empty list.")
    @APIResponse(responseCode = "200", description = "One page of versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionView.class, type = SchemaType.ARRAY)),
            headers = {
                    @Header(name = VersionPaging.TOTAL_COUNT, description = "How many versions of the draft you may see",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = HttpHeaders.LINK, description = "The first, prev, next and last pages (RFC 8288), "
                            + "e.g. </api/v1/drafts/1/versions?page=1&size=100>; rel=\"next\"",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad page or size; the problem details name it")
    @APIResponse(responseCode = "404", description = "No draft with that id")
    public Response versions(@PathParam("draftId") long draftId,
                             @Parameter(description = "Which page, counted from 0", example = "0",
                                     schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0",
                                             maximum = "" + VersionPaging.MAX_PAGE))
                             @QueryParam("page") String pageParameter,
                             @Parameter(description = "Versions per page", example = "100",
                                     schema = @Schema(type = SchemaType.INTEGER, defaultValue = "" + VersionPaging.DEFAULT_SIZE,
                                             minimum = "1", maximum = "" + VersionPaging.MAX_SIZE))
                             @QueryParam("size") String sizeParameter,
                             @Context UriInfo uri) {
        int page = VersionPaging.page(pageParameter);
        int size = VersionPaging.size(sizeParameter);
        DraftService.VersionPage versions = drafts.versionPage(draftId, page, size);
        return VersionPaging.answer(uri, page, size, versions.total(),
                versions.versions().stream().map(mapper::toView).toList());
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDraftVersion", summary = "Edit the draft: the content becomes a new, immutable version",
            description = "basedOnVersion must be the latest version; an edit of an older one is a 409, never a silent overwrite.")
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content; the problem details name each bad field")
    @APIResponse(responseCode = "404", description = "No draft with that id")
    @APIResponse(responseCode = "409", description = "basedOnVersion is not the latest version")
    public Response edit(@PathParam("draftId") long draftId, @NotNull @Valid VersionInput input) {
        DraftVersion version = drafts.edit(draftId, input.basedOnVersion(), input.note(), input.content());
        return Response.created(versionUri(draftId, version.number))
                .entity(mapper.toView(drafts.state(draftId, version.number))).build();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(operationId = "getDraftVersion", summary = "One version: its content, status, latest evaluation and scoring state")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such draft or version")
    public VersionView version(@PathParam("draftId") long draftId, @PathParam("version") int version) {
        return mapper.toView(drafts.state(draftId, version));
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @PUT
    @Path("/versions/{version}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeDraftVersionStatus", summary = "Share a scored version with the other side, or withdraw a version")
    @APIResponse(responseCode = "200", description = "The version in its new status")
    @APIResponse(responseCode = "404", description = "No such draft or version")
    @APIResponse(responseCode = "409", description = "The life cycle does not allow that change")
    public VersionView changeStatus(@PathParam("draftId") long draftId, @PathParam("version") int version,
                                    @NotNull @Valid StatusInput input) {
        drafts.changeStatus(draftId, version, input.status());
        return mapper.toView(drafts.state(draftId, version));
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @POST
    @Path("/versions/{version}/sharing")
    @Operation(operationId = "shareDraftVersion", summary = "Share a scored version of your side with the other side",
            description = "Until a version is shared the other side cannot see it by any path; once shared, the other "
                    + "side reads that version (and its evaluations), read-only. Sharing cannot be undone.")
    @APIResponse(responseCode = "200", description = "The version, now SHARED")
    @APIResponse(responseCode = "403", description = "Not a negotiator of the draft's side")
    @APIResponse(responseCode = "404", description = "No such draft or version")
    @APIResponse(responseCode = "409", description = "The version is not SCORED (score it first), or already shared")
    public VersionView share(@PathParam("draftId") long draftId, @PathParam("version") int version) {
        drafts.changeStatus(draftId, version, DraftStatus.SHARED);
        return mapper.toView(drafts.state(draftId, version));
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @Idempotent(transactional = false)
    @Parameter(ref = "Idempotency-Key")
    @POST
    @Path("/versions/{version}/submission")
    @Operation(operationId = "submitDraftVersion", summary = "Submit a version for scoring",
            description = "The version is stored first. 200: scored at once. 202: a downstream service is down or "
                    + "slow; the version waits as SCORING_PENDING and is scored when it is back (Location names "
                    + "the version to poll). 422: it cannot be scored as it stands (no trade data for the partner "
                    + "and year, the rules reject it, or scoring it failed the same way repeatedly); it stays stored "
                    + "as SCORING_FAILED, with the reason in scoring.lastError, and may be submitted again.")
    @APIResponse(responseCode = "200", description = "Scored; the version with its evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "202", description = "Stored and waiting to be scored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such draft or version")
    @APIResponse(responseCode = "409", description = "The version is not a DRAFT or SCORING_FAILED (already scored: use rescoring)")
    @APIResponse(responseCode = "422", description = "Cannot be scored as it stands, or the Idempotency-Key was used for another request")
    public Response submit(@PathParam("draftId") long draftId, @PathParam("version") int version) {
        return answer(draftId, version, scoring.submit(draftId, version));
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @Idempotent(transactional = false)
    @Parameter(ref = "Idempotency-Key")
    @POST
    @Path("/versions/{version}/rescoring")
    @Operation(operationId = "rescoreDraftVersion", summary = "Score a scored version again (the rules or the trade data may have changed)",
            description = "The new evaluation says what changed since the previous one and why the score moved.")
    @APIResponse(responseCode = "200", description = "Scored; the version with its new evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "202", description = "A downstream service is down; scored when it is back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such draft or version")
    @APIResponse(responseCode = "409", description = "The version was never scored nor failed to score (submit it first)")
    @APIResponse(responseCode = "422", description = "Cannot be scored as it stands, or the Idempotency-Key was used for another request")
    public Response rescore(@PathParam("draftId") long draftId, @PathParam("version") int version) {
        return answer(draftId, version, scoring.rescore(draftId, version));
    }

    @GET
    @Path("/versions/{version}/evaluations")
    @Operation(operationId = "listDraftVersionEvaluations", summary = "Every evaluation of a version, oldest first, each with what changed since the one before")
    @APIResponse(responseCode = "200", description = "The evaluations")
    @APIResponse(responseCode = "404", description = "No such draft or version")
    public List<EvaluationView> evaluations(@PathParam("draftId") long draftId, @PathParam("version") int version) {
        return drafts.evaluations(draftId, version).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/versions/{version}/comparison")
    @Operation(operationId = "compareDraftVersions", summary = "Compare this version with another (of this draft or of another one)",
            description = "The change in trade terms (purchases by product and dollars, barriers, tariff cuts) and, "
                    + "when both are scored, in score per concern, from this version to the other.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "404", description = "No such draft or version")
    public ComparisonView compare(@PathParam("draftId") long draftId, @PathParam("version") int version,
                                  @Parameter(description = "The other draft (default: this one)", example = "2")
                                  @QueryParam("otherDraft") Long otherDraft,
                                  @Parameter(description = "The other draft's version", required = true, example = "2")
                                  @QueryParam("otherVersion") @NotNull Integer otherVersion) {
        return comparisons.compare(draftId, version, otherDraft == null ? draftId : otherDraft, otherVersion);
    }

    private Response answer(long draftId, int version, ScoringOutcome outcome) {
        if (outcome instanceof ScoringOutcome.Failed failed) {
            throw new ScoringImpossible("Draft " + draftId + " v" + version + " is stored but cannot be scored: "
                    + failed.detail(), failed.downstreamProblem());
        }
        VersionView view = mapper.toView(drafts.state(draftId, version));
        if (outcome instanceof ScoringOutcome.Pending pending) {
            return Response.accepted(view).location(versionUri(draftId, version))
                    .header("Retry-After", retryAfterSeconds(pending.nextAttemptAt())).build();
        }
        return Response.ok(view).build();
    }

    private static long retryAfterSeconds(Instant nextAttemptAt) {
        return nextAttemptAt == null ? 5 : Math.max(1, Duration.between(Instant.now(), nextAttemptAt).toSeconds() + 1);
    }

    private static URI versionUri(long draftId, int version) {
        return URI.create("/api/v1/drafts/" + draftId + "/versions/" + version);
    }
}
