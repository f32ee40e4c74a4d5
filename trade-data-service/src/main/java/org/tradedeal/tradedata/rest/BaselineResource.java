package org.tradedeal.tradedata.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.api.BaselineView;
import org.tradedeal.tradedata.service.BaselineService;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/baselines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Baselines", description = "Everything a scorer needs about a pair and a year, in one call")
public class BaselineResource {

    /** Callers may keep an answer, but must ask again (with If-None-Match) before they use it. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final BaselineService service;

    public BaselineResource(BaselineService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getBaseline", summary = "The baseline for scoring a draft: flows, measures, barriers, the formula, and a data-vintage id",
            description = "reporter = the side that imposes the tariff and whose ledger is used; partner = the other side. "
                    + "Product detail comes from the partner's mirror ledger when the reporter's has none (ledger says which); "
                    + "importsUsd/exportsUsd always come from the reporter's ledger. measures are the reporter's tariffs on the "
                    + "partner; barriers the partner's NTBs the reporter lists. dataVintage is the SHA-256 of the rest of the "
                    + "answer: the same data give the same id, any change a new one. The ETag is the quoted dataVintage: a caller that "
                    + "kept an answer sends its ETag in If-None-Match and gets 304 with no body while the data are unchanged.")
    @APIResponse(responseCode = "200", description = "The baseline",
            headers = @Header(name = HttpHeaders.ETAG, description = "The quoted dataVintage of the answer",
                    schema = @Schema(type = SchemaType.STRING, example = "\"sha256:3f2a9c...\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaselineView.class),
                    examples = @ExampleObject(name = "US on Pakistan, 2024", value = Examples.BASELINE)))
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag: the caller's copy is current",
            headers = @Header(name = HttpHeaders.ETAG, description = "The quoted dataVintage of the answer",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A bad query parameter",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No flows for the pair and year",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "no data", value = Examples.NO_TRADE_DATA_PROBLEM)))
    public Response get(
            @Context Request request,
            @Parameter(example = "US") @QueryParam("reporter") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String reporter,
            @Parameter(example = "PK") @QueryParam("partner") @NotNull @Pattern(regexp = QueryParams.CODE, message = QueryParams.CODE_MESSAGE) String partner,
            @Parameter(example = "2024") @QueryParam("year") @NotNull String year,
            @Parameter(description = "CALENDAR_YEAR or FISCAL_YEAR") @QueryParam("basis") String basis,
            @Parameter(description = "default 4") @QueryParam("epsilon") String epsilon,
            @Parameter(description = "default 0.25") @QueryParam("phi") String phi) {
        BaselineService.Answer answer = service.answer(QueryParams.code(reporter), QueryParams.code(partner),
                QueryParams.year("year", year), QueryParams.enumeration("basis", basis, PeriodBasis.class),
                QueryParams.positive("epsilon", epsilon), QueryParams.positive("phi", phi));
        EntityTag tag = new EntityTag(answer.dataVintage());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE))
                .tag(tag).cacheControl(REVALIDATE).build();
    }
}
