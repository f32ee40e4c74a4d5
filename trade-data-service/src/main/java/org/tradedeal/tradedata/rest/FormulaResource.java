package org.tradedeal.tradedata.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.api.CalculatorRequest;
import org.tradedeal.tradedata.api.InverseCalculatorRequest;
import org.tradedeal.tradedata.api.InverseView;
import org.tradedeal.tradedata.api.ReciprocalRateView;
import org.tradedeal.tradedata.api.ShareInput;
import org.tradedeal.tradedata.mapping.AnswerMapper;
import org.tradedeal.tradedata.service.FormulaService;

import java.util.List;

/** The formula on figures the caller gives: a calculator for any partner. A stable contract other tools call. */
@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/formula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Formula calculator", description = "The USTR reciprocal-tariff formula on figures the caller gives")
public class FormulaResource {

    private final FormulaService service;
    private final AnswerMapper mapper;

    public FormulaResource(FormulaService service, AnswerMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @POST
    @Path("/reciprocal-rate")
    @Operation(operationId = "calculateReciprocalRate", summary = "The reciprocal rate for given US imports and exports",
            description = "deficitRatioPct = 100 (m - x) / m (HALF_UP, 2 decimals); chargedPct = round(100 (m - x) / (epsilon phi m)) "
                    + "(HALF_UP); ratePct = max(10, ceil(charged / 2)). epsilon and phi default to 4 and 0.25.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalculatorRequest.class),
            examples = @ExampleObject(name = "Pakistan, published pair", value = Examples.CALCULATOR_REQUEST)))
    @APIResponse(responseCode = "200", description = "The formula's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReciprocalRateView.class),
                    examples = @ExampleObject(name = "Pakistan 58/29", value = Examples.RECIPROCAL_RATE)))
    @APIResponse(responseCode = "400", description = "A missing or bad figure (imports must be positive, exports zero or more)",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public ReciprocalRateView reciprocalRate(@NotNull @Valid CalculatorRequest request) {
        return mapper.toView(service.rate(request.usImportsUsd(), request.usExportsUsd(),
                service.parameters(request.epsilon(), request.phi())));
    }

    @POST
    @Path("/reciprocal-rate/inverse")
    @Operation(operationId = "calculateInverseRate", summary = "The additional US exports needed to reach a target rate, exact to the dollar",
            description = "The fewest whole dollars a such that the formula at exports + a gives the target and at exports + a - 1 "
                    + "does not. Zero when the exports already meet the target. Optionally split across product lines by shares "
                    + "(fractions summing to exactly 1) with the largest-remainder method, so the parts add up to the total.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InverseCalculatorRequest.class),
            examples = @ExampleObject(name = "Pakistan to 19%", value = Examples.INVERSE_CALCULATOR_REQUEST)))
    @APIResponse(responseCode = "200", description = "The answer, the formula at it and one dollar short",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InverseView.class),
                    examples = @ExampleObject(name = "Pakistan to 19%", value = Examples.INVERSE)))
    @APIResponse(responseCode = "400", description = "A bad field, a target below the 10% floor, or shares that do not sum to 1",
            content = @Content(mediaType = Examples.PROBLEM, examples = {
                    @ExampleObject(name = "target below floor", value = Examples.TARGET_BELOW_FLOOR_PROBLEM),
                    @ExampleObject(name = "shares", value = Examples.INVALID_SHARES_PROBLEM),
                    @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)}))
    public InverseView inverse(@NotNull @Valid InverseCalculatorRequest request) {
        return mapper.toView(service.inverse(request.usImportsUsd(), request.usExportsUsd(), request.targetRatePct(),
                service.parameters(request.epsilon(), request.phi()), shares(request.allocation())));
    }

    static List<FormulaService.Share> shares(List<ShareInput> allocation) {
        return allocation == null ? List.of()
                : allocation.stream().map(share -> new FormulaService.Share(share.hsCode(), share.share())).toList();
    }
}
