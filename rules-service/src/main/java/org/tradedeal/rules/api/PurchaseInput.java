package org.tradedeal.rules.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.HsCodes;

import java.math.BigDecimal;

@Schema(name = "Purchase", description = "An added yearly purchase of one product from the other side")
public record PurchaseInput(
        @NotNull @Pattern(regexp = HsCodes.PATTERN, message = HsCodes.MESSAGE) @Schema(example = "5201") String hsCode,
        @Size(max = 200) @Schema(example = "Cotton, not carded or combed") String description,
        @NotNull @Positive @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2)
        @Schema(example = "500000000") BigDecimal addedUsdPerYear,
        @NotNull @Min(1900) @Max(2200) @Schema(example = "2025") Integer firstYear,
        @NotNull @Min(1) @Max(50) @Schema(example = "3") Integer years,
        @Schema(description = "true: binding; false: best effort") boolean binding) {
}
