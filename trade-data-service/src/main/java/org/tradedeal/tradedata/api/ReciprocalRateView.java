package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** What the USTR reciprocal-tariff formula says for one pair of figures. */
public record ReciprocalRateView(
        @Schema(description = "100 (m - x) / m, HALF_UP to 2 decimals", example = "57.9") BigDecimal deficitRatioPct,
        @Schema(description = "100 (m - x) / (epsilon phi m), HALF_UP to a whole percent", example = "58") BigDecimal chargedPct,
        @Schema(description = "max(10, ceil(charged / 2))", example = "29") BigDecimal ratePct,
        @Schema(example = "4") BigDecimal epsilon,
        @Schema(example = "0.25") BigDecimal phi,
        @Schema(description = "charged before rounding, 4 decimals", example = "57.9049") BigDecimal chargedUnroundedPct,
        @Schema(description = "charged / 2 before rounding up, 4 decimals", example = "28.9524") BigDecimal halfChargedPct,
        @Schema(description = "whether the 10% floor set the rate", example = "false") boolean floorApplied,
        @Schema(description = "m", example = "5107479000") BigDecimal importsUsd,
        @Schema(description = "x", example = "2150000000") BigDecimal exportsUsd,
        @Schema(description = "x - m", example = "-2957479000") BigDecimal balanceUsd) {
}
