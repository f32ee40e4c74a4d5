package org.tradedeal.tradedata.formula;

import java.math.BigDecimal;
import java.util.List;

/**
 * The formula inverted: the fewest additional exports (whole dollars) that bring the rate to the target.
 *
 * @param requiredExportsUsd exports + additional
 * @param alreadyMet         the exports already give the target or less: nothing more is needed
 * @param atAnswer           the formula at the required exports (its rate is the target)
 * @param oneDollarLess      the formula one dollar short (its rate is above the target); null when nothing is needed
 */
public record InverseResult(BigDecimal targetRatePct, BigDecimal importsUsd, BigDecimal exportsUsd,
                            BigDecimal requiredExportsUsd, BigDecimal additionalExportsUsd, boolean alreadyMet,
                            ReciprocalRate current, ReciprocalRate atAnswer, ReciprocalRate oneDollarLess,
                            List<AllocationLine> allocation) {
}
