package org.tradedeal.negotiation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** "We buy this much more of this product a year, for so many years, from this year." */
@Schema(description = "An added yearly purchase of one product from the other side")
public record PurchaseCommitment(
        @NotNull @Pattern(regexp = HsCodes.PATTERN, message = HsCodes.MESSAGE)
        @Schema(description = "HS code (2, 4 or 6 digits)", example = "5201") String hsCode,
        @Size(max = 200) @Schema(example = "Cotton, not carded or combed") String description,
        @NotNull @Positive @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2)
        @Schema(description = "Added purchases in USD per year, at most a trillion", example = "500000000")
        BigDecimal addedUsdPerYear,
        @NotNull @Min(1990) @Max(2100) @Schema(example = "2026") Integer firstYear,
        @NotNull @Min(1) @Max(30) @Schema(description = "Number of years the purchases run", example = "3")
        Integer years,
        @Schema(description = "true: a binding commitment; false: best effort", example = "true")
        boolean binding) {
}
