package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntimeBuilder;

import java.util.Comparator;
import java.util.List;

/** The rules of the compiled rule base, described by their own metadata. */
@ApplicationScoped
public class RuleCatalogue {

    /** One rule: its name, the concern it judges, and what it judges in one line. */
    public record RuleDescription(String name, String concern, String description) {
    }

    private final List<RuleDescription> rules;

    public RuleCatalogue(KieRuntimeBuilder runtime) {
        this.rules = runtime.getKieBase().getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .map(RuleCatalogue::describe)
                .sorted(Comparator.comparing(RuleDescription::concern).thenComparing(RuleDescription::name))
                .toList();
    }

    private static RuleDescription describe(Rule rule) {
        return new RuleDescription(rule.getName(), metadata(rule, "concern"), metadata(rule, "description"));
    }

    /** A metadata value of the DRL ({@code @description("...")}); the executable model keeps its quotes. */
    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }

    public List<RuleDescription> rules() {
        return rules;
    }
}
