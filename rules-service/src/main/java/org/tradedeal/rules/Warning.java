package org.tradedeal.rules;

import org.kie.api.definition.rule.Rule;

/** Fact: something a negotiator should know about the draft, with the draft field it concerns (or null). */
public record Warning(String code, Concern concern, String message, String field) {

    /** In a rule's consequence: {@code insert(Warning.of(drools.getRule(), code, message, field))}. */
    public static Warning of(Rule rule, String code, String message, String field) {
        return new Warning(code, Contribution.concernOf(rule), message, field);
    }
}
