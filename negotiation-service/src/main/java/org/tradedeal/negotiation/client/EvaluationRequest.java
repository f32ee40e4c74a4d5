package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.tradedeal.negotiation.DraftContent;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What rules-service scores: a draft, the baseline it is judged against, the target and the deadline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationRequest(DraftContent draft, JsonNode baseline, BigDecimal targetRatePct, LocalDate deadline) {
}
