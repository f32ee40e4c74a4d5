package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.client.RulesEvaluation;

/**
 * The one place that reads rules-service's answer (as stored with an evaluation, or fresh from a
 * preview or a scoring): a rules-service change to that answer is absorbed here, not in every caller.
 */
@ApplicationScoped
public class EvaluationReader {

    private final ObjectMapper json;

    public EvaluationReader(ObjectMapper json) {
        this.json = json;
    }

    /** The fields this service reads; unknown ones are ignored. */
    public RulesEvaluation read(JsonNode answer) {
        return json.convertValue(answer, RulesEvaluation.class);
    }
}
