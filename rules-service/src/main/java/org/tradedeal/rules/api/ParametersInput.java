package org.tradedeal.rules.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.Concern;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "Parameters", description = "Overrides of the defaults (epsilon 4, phi 0.25; weights 40/25/10/15/10)")
public record ParametersInput(
        @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 6) @Schema(example = "4") BigDecimal epsilon,
        @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 6) @Schema(example = "0.945") BigDecimal phi,
        @Schema(description = "Maximum points per concern; the score is normalised to 100")
        Map<Concern, @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal> weights) {
}
