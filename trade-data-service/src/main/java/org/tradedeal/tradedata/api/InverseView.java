package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fewest additional exports (whole dollars) that bring the rate to the target: the formula at
 * {@code requiredExportsUsd} gives the target, and one dollar less does not.
 */
public record InverseView(
        @Schema(example = "19") BigDecimal targetRatePct,
        @Schema(example = "5107479000") BigDecimal importsUsd,
        @Schema(example = "2100000000") BigDecimal exportsUsd,
        @Schema(example = "3166636980") BigDecimal requiredExportsUsd,
        @Schema(example = "1066636980") BigDecimal additionalExportsUsd,
        @Schema(description = "the exports already give the target or less", example = "false") boolean alreadyMet,
        ReciprocalRateView current,
        ReciprocalRateView atAnswer,
        @Schema(description = "the formula one dollar short of the answer; null when nothing is needed")
        ReciprocalRateView oneDollarLess,
        @Schema(description = "the additional exports split by the given shares (largest remainder: the parts add up exactly)")
        List<AllocationLineView> allocation) {
}
