package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.client.RulesEvaluation;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReaderTest {

    private final ObjectMapper json = new ObjectMapper();
    private final EvaluationReader reader = new EvaluationReader(json);

    @Test
    void readsTheFieldsThisServiceUsesAndIgnoresTheRest() throws Exception {
        RulesEvaluation read = reader.read(json.readTree("""
                {"score": 71.5, "verdict": "ACCEPTABLE", "addedLater": {"x": 1},
                 "gaps": {"additionalPurchasesUsd": 100, "unaddressedBarriers": [
                     {"code": "PK-NTB-1", "title": "Import licences", "tradeAtStakeUsd": 5, "extra": true}]},
                 "ruleset": {"name": "reciprocal", "version": "2.0.0", "contentHash": "abc"},
                 "dataVintage": "sha256:1"}"""));

        assertThat(read.score()).isEqualByComparingTo(new BigDecimal("71.5"));
        assertThat(read.verdict()).isEqualTo("ACCEPTABLE");
        assertThat(read.gaps().unaddressedBarriers()).singleElement()
                .isEqualTo(new RulesEvaluation.Barrier("PK-NTB-1", "Import licences", new BigDecimal("5")));
        assertThat(read.ruleset().version()).isEqualTo("2.0.0");
        assertThat(read.dataVintage()).isEqualTo("sha256:1");
        assertThat(read.projection()).isNull();
    }
}
