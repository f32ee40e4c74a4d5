package org.tradedeal.tradedata.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.api.TradeBalanceView;
import org.tradedeal.tradedata.mapping.AnswerMapper;
import org.tradedeal.tradedata.service.LedgerService;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/trade-balances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trade balances", description = "Totals and product breakdown of a pair's trade, with provenance")
public class TradeBalanceResource {

    private final LedgerService service;
    private final AnswerMapper mapper;

    public TradeBalanceResource(LedgerService service, AnswerMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getTradeBalance", summary = "The trade balance of a pair in a year from the reporter's ledger",
            description = "The figure chosen for each direction with its source, vintage and precision, the candidates it was "
                    + "preferred to, the balance, and the breakdown by product (the partner's mirror ledger when the reporter's has none).")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TradeBalanceView.class),
                    examples = @ExampleObject(name = "US and Pakistan, 2024", value = Examples.TRADE_BALANCE)))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No flows for the pair and year",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "no data", value = Examples.NO_TRADE_DATA_PROBLEM)))
    public TradeBalanceView get(
            @Parameter(example = "US") @QueryParam("reporter") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String reporter,
            @Parameter(example = "PK") @QueryParam("partner") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String partner,
            @Parameter(example = "2024") @QueryParam("year") @NotNull String year,
            @Parameter(description = "CALENDAR_YEAR or FISCAL_YEAR") @QueryParam("basis") String basis) {
        return mapper.toView(service.balance(QueryParams.code(reporter), QueryParams.code(partner), QueryParams.year("year", year),
                QueryParams.enumeration("basis", basis, PeriodBasis.class)));
    }
}
