package org.tradedeal.tradedata.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.tradedeal.tradedata.api.ImportBatchView;
import org.tradedeal.tradedata.api.ImportResultView;
import org.tradedeal.tradedata.idempotency.Idempotent;
import org.tradedeal.tradedata.mapping.ImportBatchMapper;
import org.tradedeal.tradedata.service.FlowImportService;
import org.tradedeal.tradedata.service.ImportBatchService;

import java.io.InputStream;
import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/import-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk upload of trade flows as CSV: all or nothing, every bad row listed, re-import replaces")
public class ImportBatchResource {

    private final FlowImportService importer;
    private final ImportBatchService batches;
    private final ImportBatchMapper mapper;

    public ImportBatchResource(FlowImportService importer, ImportBatchService batches, ImportBatchMapper mapper) {
        this.importer = importer;
        this.batches = batches;
        this.mapper = mapper;
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    // Not in the import's transaction: the import sets its own (long) transaction timeout, which only the
    // transaction's first method may do; the key is claimed before it and answered after it.
    @Idempotent(transactional = false)
    @Parameter(ref = "Idempotency-Key")
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importTradeFlowsCsv", summary = "Import trade flows from a CSV file (streamed, all or nothing)",
            description = "Header row required; columns (any order, case-insensitive): reporter, partner (ISO alpha-2 or Census "
                    + "country code), period (2024 or FY2024-25), direction (IMPORT|EXPORT, from the reporter's view), product_level "
                    + "(TOTAL|HS2|HS4|HS6), value_usd (whole dollars), precision (EXACT|DERIVED|ROUNDED|ESTIMATED); optional: basis "
                    + "(CALENDAR_YEAR|FISCAL_YEAR, else read from the period), hs_code (empty for TOTAL, leading zeros kept), "
                    + "calculated_duty_usd, precision_note, rounding_unit_usd. The source and vintage of the whole file are query "
                    + "parameters; importing the same source and vintage again replaces the earlier import's flows.")
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two rows", value = Examples.CSV_BODY)),
            // accepted too (see @Consumes), for clients that cannot name text/csv
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Imported; Location names the batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResultView.class),
                    examples = @ExampleObject(name = "imported", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "Missing source or vintage",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = """
                    {"type":"urn:tradedeal:problem:validation","status":400,"title":"Bad Request",
                     "violations":[{"field":"source","in":"query","message":"must not be blank"}]}""")))
    @APIResponse(responseCode = "415", description = "Not text/csv",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "media type", value = """
                    {"type":"urn:tradedeal:problem:unsupported-media-type","status":415,"title":"Unsupported Media Type"}""")))
    @APIResponse(responseCode = "422", description = "Rejected: every bad row by line, column and reason; nothing was written. "
            + "Or the Idempotency-Key was used for another request (another file or query)",
            content = @Content(mediaType = Examples.PROBLEM, examples = {
                    @ExampleObject(name = "bad rows", value = Examples.INVALID_CSV_PROBLEM),
                    @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)}))
    public Response importCsv(
            InputStream body,
            @Parameter(description = "where the data come from", example = "US Census exports by HS4")
            @QueryParam("source") @NotBlank @Size(max = 300) String source,
            @Parameter(description = "the data release", example = "2025-annual")
            @QueryParam("vintage") @NotBlank @Size(max = 100) String vintage,
            @Parameter(description = "the uploaded file's name, for the record", example = "exports-2025.csv")
            @QueryParam("fileName") @Size(max = 255) String fileName,
            @Context UriInfo uri) {
        ImportResultView result = mapper.toView(importer.importCsv(body, source, vintage, fileName));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.batch().id())).build())
                .entity(result).build();
    }

    @GET
    @Operation(operationId = "listImportBatches", summary = "List import batches, newest first")
    @APIResponse(responseCode = "200", description = "The batches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBatchView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "batches", value = """
                            [{"id":151,"source":"seed data set: reciprocal-rate-examples.csv","vintage":"seed-2025",
                              "fileName":"reciprocal-rate-examples.csv","rowCount":4,"importedAt":"2026-03-01T00:00:00Z","replacedBy":null,"replacedAt":null}]""")))
    public List<ImportBatchView> list(@QueryParam("source") String source, @QueryParam("vintage") String vintage) {
        return batches.list(source, vintage).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImportBatch", summary = "One import batch")
    @APIResponse(responseCode = "200", description = "The batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBatchView.class)))
    @APIResponse(responseCode = "404", description = "No such batch",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public ImportBatchView get(@PathParam("id") long id) {
        return batches.find(id).map(mapper::toView).orElseThrow(() -> NotFound.importBatch(id));
    }
}
