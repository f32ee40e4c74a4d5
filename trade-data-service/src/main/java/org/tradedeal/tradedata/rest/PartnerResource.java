package org.tradedeal.tradedata.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.tradedata.Partner;
import org.tradedeal.tradedata.service.PartnerService;

import java.util.List;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerResource {

    private final PartnerService service;

    public PartnerResource(PartnerService service) {
        this.service = service;
    }

    /** What a partner looks like on the API. */
    public record PartnerView(String isoCode, String name, String censusCode) {
        static PartnerView of(Partner partner) {
            return new PartnerView(partner.isoCode, partner.name, partner.censusCode);
        }
    }

    @GET
    @Operation(summary = "List the trading partners the service holds data for")
    public List<PartnerView> list() {
        return service.listAll().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("/{isoCode}")
    @Operation(summary = "One trading partner by its ISO 3166-1 alpha-2 code")
    public PartnerView get(@PathParam("isoCode") String isoCode) {
        return service.find(isoCode).map(PartnerView::of)
                .orElseThrow(() -> new NotFoundException("No partner with ISO code " + isoCode));
    }
}
