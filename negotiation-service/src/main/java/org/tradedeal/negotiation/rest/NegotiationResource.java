package org.tradedeal.negotiation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.api.NegotiationInput;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.service.NegotiationService;

import java.util.List;

@Path("/api/v1/negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Negotiations")
public class NegotiationResource {

    private final NegotiationService service;
    private final NegotiationMapper mapper;

    public NegotiationResource(NegotiationService service, NegotiationMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "List negotiations")
    public List<NegotiationView> list() {
        return service.listAll().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One negotiation")
    public NegotiationView get(@PathParam("id") long id) {
        return service.find(id).map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No negotiation with id " + id));
    }

    @POST
    @Operation(summary = "Open a negotiation")
    public Response open(@NotNull @Valid NegotiationInput input, @Context UriInfo uri) {
        NegotiationView created = mapper.toView(service.open(mapper.toEntity(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
