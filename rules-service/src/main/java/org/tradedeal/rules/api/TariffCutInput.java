package org.tradedeal.rules.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.HsCodes;
import org.tradedeal.rules.validation.TariffCutLowers;

import java.math.BigDecimal;

@TariffCutLowers
@Schema(name = "TariffCut", description = "A cut of our tariff on one of the other side's products")
public record TariffCutInput(
        @NotNull @Pattern(regexp = HsCodes.PATTERN, message = HsCodes.MESSAGE) @Schema(example = "8471") String hsCode,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "20") BigDecimal fromPct,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "5") BigDecimal toPct) {
}
