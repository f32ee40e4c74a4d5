package org.tradedeal.rules.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.validation.ConsistentWithBaseline;

import java.math.BigDecimal;
import java.time.LocalDate;

@ConsistentWithBaseline
@Schema(name = "EvaluationRequest", description = "A draft to score, the baseline to score it against, the target and the deadline")
public record EvaluationRequest(
        @NotNull @Valid DraftInput draft,
        @NotNull @Valid @Schema(description = "As trade-data-service's GET /api/v1/baselines answers it; fields not listed here are ignored")
        BaselineInput baseline,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "The rate the negotiation aims at, percent", example = "19")
        BigDecimal targetRatePct,
        @Schema(description = "The negotiation's deadline; commitments starting later count less", example = "2025-07-09")
        LocalDate deadline,
        @Valid @Schema(description = "Overrides of the formula's parameters and of the concern weights")
        ParametersInput parameters) {
}
