package org.tradedeal.rules.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.Concern;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "Parameters", description = "Overrides of the defaults (epsilon 4, phi 0.25; weights 40/25/10/15/10)")
public record ParametersInput(
        @Positive @DecimalMax("100") @Schema(example = "4") BigDecimal epsilon,
        @Positive @DecimalMax("100") @Schema(example = "0.945") BigDecimal phi,
        @Schema(description = "Maximum points per concern; the score is normalised to 100")
        Map<Concern, @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal> weights) {
}
