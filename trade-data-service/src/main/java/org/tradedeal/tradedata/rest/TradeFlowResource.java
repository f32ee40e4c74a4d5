package org.tradedeal.tradedata.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.api.TradeFlowInput;
import org.tradedeal.tradedata.api.TradeFlowView;
import org.tradedeal.tradedata.idempotency.Idempotent;
import org.tradedeal.tradedata.mapping.TradeFlowMapper;
import org.tradedeal.tradedata.service.TradeFlowService;

import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/trade-flows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trade flows", description = "The figures of each ledger, one by one, with source, basis, precision and vintage")
public class TradeFlowResource {

    private final TradeFlowService service;
    private final TradeFlowMapper mapper;

    public TradeFlowResource(TradeFlowService service, TradeFlowMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listTradeFlows", summary = "List stored figures, filtered, a page at a time")
    @APIResponse(responseCode = "200", description = "The page of figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeFlowView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "flows", value = "[" + Examples.TRADE_FLOW + "]")))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public List<TradeFlowView> list(
            @Parameter(example = "US") @QueryParam("reporter") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String reporter,
            @Parameter(example = "PK") @QueryParam("partner") @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String partner,
            @Parameter(example = "2024") @QueryParam("year") String year,
            @Parameter(description = "IMPORT or EXPORT") @QueryParam("direction") String direction,
            @Parameter(description = "TOTAL, HS2, HS4 or HS6") @QueryParam("productLevel") String productLevel,
            @QueryParam("hsCode") String hsCode,
            @QueryParam("source") String source,
            @QueryParam("vintage") String vintage,
            @QueryParam("importBatchId") String importBatchId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        TradeFlowService.Filter filter = new TradeFlowService.Filter(QueryParams.code(reporter), QueryParams.code(partner),
                QueryParams.optionalYear("year", year), QueryParams.enumeration("direction", direction, Direction.class),
                QueryParams.enumeration("productLevel", productLevel, ProductLevel.class), hsCode, source, vintage,
                QueryParams.optionalLong("importBatchId", importBatchId));
        return service.list(filter, page, size).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTradeFlow", summary = "One stored figure")
    @APIResponse(responseCode = "200", description = "The figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeFlowView.class),
                    examples = @ExampleObject(name = "flow", value = Examples.TRADE_FLOW)))
    @APIResponse(responseCode = "404", description = "No such figure",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public TradeFlowView get(@PathParam("id") long id) {
        return service.find(id).map(mapper::toView).orElseThrow(() -> NotFound.tradeFlow(id));
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Operation(operationId = "createTradeFlow", summary = "Store one figure", description = "For bulk data use the CSV import (POST /api/v1/import-batches).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeFlowInput.class),
            examples = @ExampleObject(name = "US cotton exports 2025", value = Examples.TRADE_FLOW_INPUT)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeFlowView.class),
                    examples = @ExampleObject(name = "flow", value = Examples.TRADE_FLOW)))
    @APIResponse(responseCode = "400", description = "Bad fields, each named (unknown partner, period and basis disagree, HS code does not fit the level...)",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = """
                    {"type":"urn:tradedeal:problem:validation","status":400,"title":"Bad Request",
                     "violations":[{"field":"hsCode","in":"body","message":"must have 4 digits for HS4"}]}""")))
    @APIResponse(responseCode = "409", description = "The same figure of this source and vintage is stored already",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "exists", value = Examples.ALREADY_EXISTS_PROBLEM)))
    public Response create(@NotNull @Valid TradeFlowInput input, @Context UriInfo uri) {
        TradeFlowView created = mapper.toView(service.create(mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTradeFlow", summary = "Delete one figure")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such figure",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
