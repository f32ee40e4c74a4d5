package org.tradedeal.rules;

import org.kie.api.definition.rule.Rule;

/** A rule's DRL metadata ({@code @concern("DEFICIT")}); the executable model keeps the value's quotes. */
public final class RuleMetadata {

    private RuleMetadata() {
    }

    public static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("Rule \"" + rule.getName() + "\" has no @" + key);
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
