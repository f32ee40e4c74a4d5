package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The part of trade-data-service's baseline that rules-service reads (its {@code api.BaselineInput}: the pair,
 * the year, the vintage, the two totals, the exports by product and the listed barriers). The rest, products
 * imported, measures, the ledger figures, the formula, notes, is most of the 50 KB and the rules ignore it, so
 * it is not sent. The members are shared with the baseline, not copied.
 */
public final class RulesBaseline {

    /** Kept identical to the record components of rules-service's {@code api.BaselineInput}. */
    static final List<String> READ_BY_THE_RULES = List.of("reporter", "partner", "year", "dataVintage", "importsUsd",
            "exportsUsd", "exportsByProduct", "barriers");

    private RulesBaseline() {
    }

    public static JsonNode of(JsonNode baseline) {
        if (baseline == null || !baseline.isObject()) {
            return baseline;
        }
        ObjectNode read = JsonNodeFactory.instance.objectNode();
        for (String field : READ_BY_THE_RULES) {
            JsonNode value = baseline.get(field);
            if (value != null) {
                read.set(field, value);
            }
        }
        return read;
    }
}
