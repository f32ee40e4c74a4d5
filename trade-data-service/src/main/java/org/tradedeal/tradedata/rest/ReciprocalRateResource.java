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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.api.AddedExportInput;
import org.tradedeal.tradedata.api.DataInverseRequest;
import org.tradedeal.tradedata.api.DataInverseView;
import org.tradedeal.tradedata.api.RateAnswerView;
import org.tradedeal.tradedata.api.WhatIfRequest;
import org.tradedeal.tradedata.api.WhatIfView;
import org.tradedeal.tradedata.mapping.AnswerMapper;
import org.tradedeal.tradedata.service.ReciprocalRateService;

import java.util.List;

/** The formula on the figures the service holds: forward, inverse and what-if. */
@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/reciprocal-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reciprocal rates", description = "The USTR formula on the trade data held: forward (with the published rate beside it), inverse, what-if")
public class ReciprocalRateResource {

    private final ReciprocalRateService service;
    private final AnswerMapper mapper;

    public ReciprocalRateResource(ReciprocalRateService service, AnswerMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getReciprocalRate", summary = "The reciprocal rate for a pair and year from the reporter's ledger",
            description = "Imports and exports come only from the reporter's ledger; where several figures exist the most precise "
                    + "is used (EXACT > DERIVED > ROUNDED > ESTIMATED) and the answer says which, how precise, and what it was "
                    + "preferred to. When a rate was published as computed from that year's data, the answer sets it beside the "
                    + "formula and explains any difference, with the window of exports that reproduces the published figures.")
    @APIResponse(responseCode = "200", description = "The formula, its inputs and the published rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RateAnswerView.class),
                    examples = @ExampleObject(name = "US on Pakistan, 2024", value = Examples.RATE_ANSWER)))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No imports or no exports in the reporter's ledger for the pair and year",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "no data", value = Examples.NO_TRADE_DATA_PROBLEM)))
    public RateAnswerView forward(
            @Parameter(description = "the side whose ledger is used and whose tariff it is", example = "US")
            @QueryParam("reporter") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String reporter,
            @Parameter(example = "PK") @QueryParam("partner") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String partner,
            @Parameter(description = "calendar year, or the year a fiscal year ends", example = "2024") @QueryParam("year") @NotNull String year,
            @Parameter(description = "CALENDAR_YEAR or FISCAL_YEAR; by default the calendar year when both exist") @QueryParam("basis") String basis,
            @Parameter(description = "default 4", example = "4") @QueryParam("epsilon") String epsilon,
            @Parameter(description = "default 0.25", example = "0.25") @QueryParam("phi") String phi) {
        return mapper.toView(service.forward(QueryParams.code(reporter), QueryParams.code(partner), QueryParams.year("year", year),
                QueryParams.enumeration("basis", basis, PeriodBasis.class), QueryParams.positive("epsilon", epsilon),
                QueryParams.positive("phi", phi)));
    }

    @POST
    @Path("/inverse")
    @Operation(operationId = "calculateDataInverseRate", summary = "Additional exports needed for a target rate, from the figures held",
            description = "Exact to the dollar: the formula at exports + answer gives the target and one dollar less does not. "
                    + "Imports may be replaced (importsUsd) or changed (importsChangeUsd). The answer can be split across product "
                    + "lines by shares: fractions summing to exactly 1, allocated by largest remainder so the parts add up exactly.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataInverseRequest.class),
            examples = @ExampleObject(name = "US on Pakistan to 19%", value = Examples.DATA_INVERSE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The additional exports and their allocation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataInverseView.class),
                    examples = @ExampleObject(name = "to 19%", value = "{\"reporter\":\"US\",\"partner\":\"PK\",\"year\":2024,\"result\":" + Examples.INVERSE + "}")))
    @APIResponse(responseCode = "400", description = "A bad field, a target below the 10% floor, or shares not summing to 1",
            content = @Content(mediaType = Examples.PROBLEM, examples = {
                    @ExampleObject(name = "target below floor", value = Examples.TARGET_BELOW_FLOOR_PROBLEM),
                    @ExampleObject(name = "shares", value = Examples.INVALID_SHARES_PROBLEM)}))
    @APIResponse(responseCode = "404", description = "No figures for the pair and year",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "no data", value = Examples.NO_TRADE_DATA_PROBLEM)))
    public DataInverseView inverse(@NotNull @Valid DataInverseRequest request) {
        return mapper.toView(service.inverse(request.reporter(), request.partner(), request.year(), request.basis(),
                request.targetRatePct(), request.importsUsd(), request.importsChangeUsd(), request.epsilon(), request.phi(),
                FormulaResource.shares(request.allocation())));
    }

    @POST
    @Path("/what-if")
    @Operation(operationId = "calculateWhatIfRate", summary = "The rate after added exports by product and/or changed imports",
            description = "The formula on the figures held, before and after. Each added product is shown beside what the data "
                    + "say is exported of it today (reporter's ledger, else the partner's mirror), for plausibility.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIfRequest.class),
            examples = @ExampleObject(name = "cotton and soybeans", value = Examples.WHAT_IF_REQUEST)))
    @APIResponse(responseCode = "200", description = "Before and after",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIfView.class),
                    examples = @ExampleObject(name = "cotton and soybeans", value = """
                            {"reporter":"US","partner":"PK","year":2024,"importsBeforeUsd":5107479000,"importsAfterUsd":5107479000,
                             "exportsBeforeUsd":2100000000,"addedExportsUsd":800000000,"exportsAfterUsd":2900000000,
                             "addedExports":[{"hsCode":"5201","addedUsd":500000000,"currentUsd":393000000,"currentLedger":"PARTNER_MIRROR","currentPeriod":"FY2024-25"}],
                             "before":{"ratePct":30},"after":{"ratePct":22},"rateChangePct":-8}""")))
    @APIResponse(responseCode = "400", description = "A bad field, or nothing to change",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No figures for the pair and year",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "no data", value = Examples.NO_TRADE_DATA_PROBLEM)))
    public WhatIfView whatIf(@NotNull @Valid WhatIfRequest request) {
        List<AddedExportInput> added = request.addedExports() == null ? List.of() : request.addedExports();
        return mapper.toView(service.whatIf(request.reporter(), request.partner(), request.year(), request.basis(),
                added.stream().map(a -> new ReciprocalRateService.Added(a.hsCode(), a.addedUsd())).toList(),
                request.importsUsd(), request.importsChangeUsd(), request.epsilon(), request.phi()));
    }
}
