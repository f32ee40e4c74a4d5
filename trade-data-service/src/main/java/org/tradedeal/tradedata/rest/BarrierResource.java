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
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.BarrierStatus;
import org.tradedeal.tradedata.BarrierStatusChange;
import org.tradedeal.tradedata.api.BarrierInput;
import org.tradedeal.tradedata.api.BarrierStatusChangeInput;
import org.tradedeal.tradedata.api.BarrierView;
import org.tradedeal.tradedata.api.StatusChangeView;
import org.tradedeal.tradedata.idempotency.Idempotent;
import org.tradedeal.tradedata.mapping.BarrierMapper;
import org.tradedeal.tradedata.service.BarrierService;

import java.util.List;
import java.util.Locale;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/barriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Non-tariff barriers", description = "The NTB catalogue: query by partner, MAST chapter, status and product; status changes with dates")
public class BarrierResource {

    private final BarrierService service;
    private final BarrierMapper mapper;

    public BarrierResource(BarrierService service, BarrierMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listBarriers", summary = "Query the barrier catalogue",
            description = "product matches a barrier when one of its affected HS codes and the product are the same product at "
                    + "different depths: product=12 finds barriers on 1201, product=120110 finds a barrier on 1201.")
    @APIResponse(responseCode = "200", description = "The barriers, in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "soybeans", value = "[" + Examples.BARRIER + "]")))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public List<BarrierView> list(
            @Parameter(description = "the side that keeps the barrier", example = "PK")
            @QueryParam("imposer") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String imposer,
            @Parameter(description = "the side that lists it as a concern", example = "US")
            @QueryParam("listedBy") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String listedBy,
            @Parameter(description = "MAST chapter A..P, TARIFF or DIGITAL", example = "A")
            @QueryParam("mastChapter") @Pattern(regexp = "[A-Pa-p]|TARIFF|DIGITAL|tariff|digital", message = "must be a MAST chapter A..P, TARIFF or DIGITAL") String mastChapter,
            @Parameter(example = "LISTED") @QueryParam("status") String status,
            @Parameter(example = "sps") @QueryParam("category") String category,
            @Parameter(description = "HS code of 2, 4 or 6 digits", example = "1201")
            @QueryParam("product") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "must be an HS code of 2, 4 or 6 digits") String product) {
        return service.list(new BarrierService.Filter(QueryParams.code(imposer), QueryParams.code(listedBy),
                        mastChapter == null ? null : mastChapter.toUpperCase(Locale.ROOT),
                        QueryParams.enumeration("status", status, BarrierStatus.class), category, product))
                .stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{imposer}/{code}")
    @Operation(operationId = "getBarrier", summary = "One barrier with its affected products and history")
    @APIResponse(responseCode = "200", description = "The barrier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierView.class),
                    examples = @ExampleObject(name = "SPS-1", value = Examples.BARRIER)))
    @APIResponse(responseCode = "404", description = "No such barrier",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public BarrierView get(@PathParam("imposer") String imposer, @PathParam("code") String code) {
        String owner = QueryParams.code(imposer);
        return service.find(owner, code.toUpperCase(Locale.ROOT)).map(mapper::toView)
                .orElseThrow(() -> NotFound.barrier(code + " of " + owner));
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Operation(operationId = "createBarrier", summary = "List a new barrier (it starts LISTED on listedOn)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierInput.class),
            examples = @ExampleObject(name = "SPS-4", value = Examples.BARRIER_INPUT)))
    @APIResponse(responseCode = "201", description = "Listed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierView.class),
                    examples = @ExampleObject(name = "barrier", value = Examples.BARRIER)))
    @APIResponse(responseCode = "400", description = "Bad fields, each named",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The imposer has a barrier with that code",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "exists", value = Examples.ALREADY_EXISTS_PROBLEM)))
    public Response create(@NotNull @Valid BarrierInput input, @Context UriInfo uri) {
        BarrierView created = mapper.toView(service.create(mapper.toEntity(input), input.listedOn()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.imposer()).path(created.code()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{imposer}/{code}/status-changes")
    @Operation(operationId = "listBarrierStatusChanges", summary = "The status history of a barrier")
    @APIResponse(responseCode = "200", description = "The history, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such barrier",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public List<StatusChangeView> history(@PathParam("imposer") String imposer, @PathParam("code") String code) {
        return service.history(QueryParams.code(imposer), code.toUpperCase(Locale.ROOT)).stream().map(mapper::toView).toList();
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Path("/{imposer}/{code}/status-changes")
    @Operation(operationId = "changeBarrierStatus", summary = "Move a barrier forward, with the date it took effect",
            description = "Only forward along LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED; skipping steps forward is allowed "
                    + "(a removal by administrative order needs no law). Backwards, the same status again, or a date before the "
                    + "previous change is a 409. Every change is kept in the history.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierStatusChangeInput.class),
            examples = @ExampleObject(name = "offered", value = Examples.BARRIER_STATUS_INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; the body is the barrier with its history, Location the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierView.class),
                    examples = @ExampleObject(name = "barrier", value = Examples.BARRIER)))
    @APIResponse(responseCode = "400", description = "Bad fields",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such barrier",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "Not forward, or dated before the previous change",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "backwards", value = Examples.ILLEGAL_TRANSITION_PROBLEM)))
    public Response changeStatus(@PathParam("imposer") String imposer, @PathParam("code") String code,
                                 @NotNull @Valid BarrierStatusChangeInput input, @Context UriInfo uri) {
        BarrierStatusChange change = service.changeStatus(QueryParams.code(imposer), code.toUpperCase(Locale.ROOT),
                input.status(), input.effectiveOn(), input.note());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(change.id)).build())
                .entity(mapper.toView(change.barrier)).build();
    }

    @GET
    @Path("/{imposer}/{code}/status-changes/{changeId}")
    @Operation(operationId = "getBarrierStatusChange", summary = "One step of a barrier's history")
    @APIResponse(responseCode = "200", description = "The step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such barrier or step",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public StatusChangeView change(@PathParam("imposer") String imposer, @PathParam("code") String code,
                                   @PathParam("changeId") long changeId) {
        return service.history(QueryParams.code(imposer), code.toUpperCase(Locale.ROOT)).stream()
                .filter(change -> change.id == changeId).findFirst().map(mapper::toView)
                .orElseThrow(() -> NotFound.barrier(code + " of " + imposer + " with status change " + changeId));
    }
}
