package org.tradedeal.tradedata.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.MeasureStatus;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.TariffMeasureStatusChange;
import org.tradedeal.tradedata.api.MeasureStatusChangeInput;
import org.tradedeal.tradedata.api.StatusChangeView;
import org.tradedeal.tradedata.api.TariffMeasureInput;
import org.tradedeal.tradedata.api.TariffMeasureView;
import org.tradedeal.tradedata.idempotency.Idempotent;
import org.tradedeal.tradedata.mapping.TariffMeasureMapper;
import org.tradedeal.tradedata.service.TariffMeasureService;

import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/tariff-measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariff measures", description = "Tariffs with their legal authority, validity and status history")
public class TariffMeasureResource {

    private final TariffMeasureService service;
    private final TariffMeasureMapper mapper;

    public TariffMeasureResource(TariffMeasureService service, TariffMeasureMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listTariffMeasures", summary = "List tariff measures, in order of time")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffMeasureView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "measures", value = "[" + Examples.MEASURE + "]")))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public List<TariffMeasureView> list(
            @Parameter(example = "US") @QueryParam("imposer") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String imposer,
            @Parameter(example = "PK") @QueryParam("target") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String target,
            @Parameter(example = "IEEPA_RECIPROCAL") @QueryParam("authority") String authority,
            @Parameter(example = "IN_FORCE") @QueryParam("status") String status,
            @Parameter(description = "only measures whose validity covers this date", example = "2025-09-01") @QueryParam("validOn") String validOn) {
        return service.list(QueryParams.code(imposer), QueryParams.code(target),
                        QueryParams.enumeration("authority", authority, Authority.class),
                        QueryParams.enumeration("status", status, MeasureStatus.class), QueryParams.date("validOn", validOn))
                .stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTariffMeasure", summary = "One tariff measure with its history")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffMeasureView.class),
                    examples = @ExampleObject(name = "19%", value = Examples.MEASURE)))
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public TariffMeasureView get(@PathParam("id") long id) {
        return service.find(id).map(mapper::toView).orElseThrow(() -> NotFound.tariffMeasure(id));
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Operation(operationId = "createTariffMeasure", summary = "Record a tariff measure")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffMeasureInput.class),
            examples = @ExampleObject(name = "Section 232", value = Examples.MEASURE_INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffMeasureView.class),
                    examples = @ExampleObject(name = "measure", value = Examples.MEASURE)))
    @APIResponse(responseCode = "400", description = "Bad fields, each named",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Response create(@NotNull @Valid TariffMeasureInput input, @Context UriInfo uri) {
        TariffMeasureView created = mapper.toView(service.create(mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/{id}/status-changes")
    @Operation(operationId = "listTariffMeasureStatusChanges", summary = "The status history of a measure")
    @APIResponse(responseCode = "200", description = "The history, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return service.history(id).stream().map(mapper::toView).toList();
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Path("/{id}/status-changes")
    @Operation(operationId = "changeTariffMeasureStatus", summary = "Move a measure to its next status, with the date it took effect",
            description = "ANNOUNCED -> IN_FORCE or VOIDED; IN_FORCE -> SUSPENDED or VOIDED; SUSPENDED -> IN_FORCE or VOIDED; "
                    + "VOIDED is final. The date may not be before the previous change. Going in force opens an open validity; voiding ends it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureStatusChangeInput.class),
            examples = @ExampleObject(name = "in force", value = Examples.MEASURE_STATUS_INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; the body is the measure with its history, Location the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffMeasureView.class),
                    examples = @ExampleObject(name = "measure", value = Examples.MEASURE)))
    @APIResponse(responseCode = "400", description = "Bad fields",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "Not a transition the life cycle allows, or dated before the previous change",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "illegal", value = """
                    {"type":"urn:tradedeal:problem:illegal-status-change","status":409,"title":"Status change not allowed",
                     "detail":"Tariff measure 101 cannot move from VOIDED to IN_FORCE: VOIDED is final.","fromStatus":"VOIDED","toStatus":"IN_FORCE","allowed":[]}""")))
    public Response changeStatus(@PathParam("id") long id, @NotNull @Valid MeasureStatusChangeInput input, @Context UriInfo uri) {
        TariffMeasureStatusChange change = service.changeStatus(id, input.status(), input.effectiveOn(), input.note());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(change.id)).build())
                .entity(mapper.toView(change.measure)).build();
    }

    @GET
    @Path("/{id}/status-changes/{changeId}")
    @Operation(operationId = "getTariffMeasureStatusChange", summary = "One step of a measure's history")
    @APIResponse(responseCode = "200", description = "The step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such measure or step",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public StatusChangeView change(@PathParam("id") long id, @PathParam("changeId") long changeId) {
        return service.history(id).stream().filter(change -> change.id == changeId).findFirst().map(mapper::toView)
                .orElseThrow(() -> NotFound.tariffMeasure(id + " with status change " + changeId));
    }
}
