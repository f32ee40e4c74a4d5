package org.tradedeal.rules.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.rules.security.Roles;
import org.tradedeal.rules.api.RuleView;
import org.tradedeal.rules.engine.RuleCatalogue;

import java.util.List;

@RolesAllowed(Roles.SERVICE)
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The rule catalogue")
public class RuleCatalogueResource {

    private final RuleCatalogue catalogue;

    public RuleCatalogueResource(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "listRules", summary = "Every rule: its name, the concern it judges and a one-line description, by concern",
            description = "The ruleset's name, version and content hash are in the X-Ruleset-* headers.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<RuleView> catalogue() {
        return catalogue.rules();
    }
}
