package org.tradedeal.tradedata.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.tradedata.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.api.PartnerInput;
import org.tradedeal.tradedata.api.PartnerView;
import org.tradedeal.tradedata.idempotency.Idempotent;
import org.tradedeal.tradedata.mapping.PartnerMapper;
import org.tradedeal.tradedata.service.PartnerService;

import java.util.List;

@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE})
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "The trading partners the service knows, with the codes other sources use")
public class PartnerResource {

    private final PartnerService service;
    private final PartnerMapper mapper;

    public PartnerResource(PartnerService service, PartnerMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listPartners", summary = "List the trading partners the service holds data for")
    @APIResponse(responseCode = "200", description = "All partners, by ISO code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "partners", value = "[" + Examples.PARTNER + "]")))
    public List<PartnerView> list() {
        return service.listAll().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{isoCode}")
    @Operation(operationId = "getPartner", summary = "One trading partner by its ISO 3166-1 alpha-2 code")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "Pakistan", value = Examples.PARTNER)))
    @APIResponse(responseCode = "404", description = "No such partner",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public PartnerView get(@PathParam("isoCode") String isoCode) {
        return service.find(isoCode).map(mapper::toView).orElseThrow(() -> NotFound.partner(isoCode));
    }

    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_KEY_REUSED_PROBLEM)))
    @POST
    @Operation(operationId = "createPartner", summary = "Add a trading partner")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerInput.class),
            examples = @ExampleObject(name = "Bangladesh", value = Examples.PARTNER_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "Bangladesh", value = Examples.PARTNER_INPUT)))
    @APIResponse(responseCode = "400", description = "A bad field",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The ISO or Census code is taken",
            content = @Content(mediaType = Examples.PROBLEM, examples = @ExampleObject(name = "exists", value = Examples.ALREADY_EXISTS_PROBLEM)))
    public Response create(@NotNull @Valid PartnerInput input, @Context UriInfo uri) {
        PartnerView created = mapper.toView(service.create(mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.isoCode()).build()).entity(created).build();
    }
}
