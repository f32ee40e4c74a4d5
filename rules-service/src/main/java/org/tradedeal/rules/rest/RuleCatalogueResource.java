package org.tradedeal.rules.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.rules.api.RuleCatalogueView;
import org.tradedeal.rules.engine.RuleCatalogue;
import org.tradedeal.rules.engine.RulesetIdentity;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The rule catalogue")
public class RuleCatalogueResource {

    private final RuleCatalogue catalogue;
    private final RulesetIdentity identity;

    public RuleCatalogueResource(RuleCatalogue catalogue, RulesetIdentity identity) {
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The ruleset and every rule: its name, the concern it judges and a one-line description")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public RuleCatalogueView catalogue() {
        return new RuleCatalogueView(identity.ruleset(), catalogue.rules());
    }
}
