package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntimeBuilder;
import org.tradedeal.rules.Concern;
import org.tradedeal.rules.RuleMetadata;
import org.tradedeal.rules.api.RuleView;

import java.util.Comparator;
import java.util.List;

/** The rules of the compiled rule base, described by their own metadata. */
@ApplicationScoped
public class RuleCatalogue {

    private final List<RuleView> rules;

    public RuleCatalogue(KieRuntimeBuilder runtime) {
        this.rules = runtime.getKieBase().getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .map(RuleCatalogue::describe)
                .sorted(Comparator.comparing((RuleView rule) -> Concern.valueOf(rule.concern()))
                        .thenComparing(RuleView::name))
                .toList();
    }

    private static RuleView describe(Rule rule) {
        return new RuleView(rule.getName(), RuleMetadata.text(rule, "concern"),
                RuleMetadata.text(rule, "description"));
    }

    public List<RuleView> rules() {
        return rules;
    }
}
