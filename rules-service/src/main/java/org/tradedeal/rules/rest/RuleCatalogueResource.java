package org.tradedeal.rules.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.rules.engine.RuleCatalogue;

import java.util.List;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RuleCatalogueResource {

    private final RuleCatalogue catalogue;

    public RuleCatalogueResource(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "The rule catalogue: every rule with the concern it judges and a one-line description")
    public List<RuleCatalogue.RuleDescription> list() {
        return catalogue.rules();
    }
}
