package org.tradedeal.rules.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RuleCatalogue", description = "The ruleset and every rule in it")
public record RuleCatalogueView(EvaluationResult.Ruleset ruleset, List<RuleView> rules) {

    @Schema(name = "Rule")
    public record RuleView(String name, String concern, String description) {
    }
}
