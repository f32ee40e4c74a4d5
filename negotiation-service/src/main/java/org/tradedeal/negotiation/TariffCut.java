package org.tradedeal.negotiation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.validation.TariffCutLowers;

import java.math.BigDecimal;

/** "We lower our tariff on this product of the other side from this rate to that one." */
@TariffCutLowers
@Schema(description = "A cut of our tariff on one of the other side's products")
public record TariffCut(
        @NotNull @Pattern(regexp = HsCodes.PATTERN, message = HsCodes.MESSAGE)
        @Schema(example = "8471") String hsCode,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "20") BigDecimal fromPct,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "5") BigDecimal toPct) {
}
