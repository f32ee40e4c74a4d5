package org.tradedeal.rules.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tradedeal.rules.engine.RuleCatalogue;
import org.tradedeal.rules.engine.RulesetIdentity;

/** Ready once the rule base is loaded: says which ruleset, and how many rules, this replica scores with. */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

    private final RuleCatalogue catalogue;
    private final RulesetIdentity identity;

    public RulesReadiness(RuleCatalogue catalogue, RulesetIdentity identity) {
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Rule base")
                .status(!catalogue.rules().isEmpty())
                .withData("ruleset", identity.ruleset().name() + "/" + identity.ruleset().version())
                .withData("contentHash", identity.ruleset().contentHash())
                .withData("rules", catalogue.rules().size())
                .build();
    }
}
