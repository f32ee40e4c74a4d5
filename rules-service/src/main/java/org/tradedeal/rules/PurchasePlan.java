package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fact: the draft's purchases over the window, summed over the product groups once per evaluation.
 *
 * @param groups             how many product groups are bought
 * @param creditedUsd        what all groups count for over the counted years
 * @param bindingCreditedUsd what the binding lines alone count for (each group filled with them alone)
 * @param promptCreditedUsd  what is counted in the years up to the window's first (baseline year included)
 * @param yearlyCreditedUsd  what is counted in each window year (each group held at its yearly plausible size),
 *                           from the window's first year
 * @param firstYear          the first year any purchase runs (0 without purchases)
 */
public record PurchasePlan(int groups, BigDecimal creditedUsd, BigDecimal bindingCreditedUsd,
                           BigDecimal promptCreditedUsd, List<BigDecimal> yearlyCreditedUsd, int firstYear,
                           List<ProductGroup> productGroups) {

    public boolean hasPurchases() {
        return groups > 0;
    }

    /**
     * Pure function: what the groups count for in the spread, none for more than {@code share} of the
     * reference need (concentration caps what one group counts; it subtracts nothing).
     */
    public BigDecimal spreadUsd(Window window, BigDecimal share) {
        BigDecimal cap = window.referenceNeedUsd().multiply(share);
        BigDecimal spread = BigDecimal.ZERO;
        for (ProductGroup group : productGroups) {
            spread = spread.add(group.creditedUsd().min(cap));
        }
        return spread;
    }

    /** What a group counts for beyond the concentration cap (0 when within it). */
    public static BigDecimal beyondConcentration(ProductGroup group, Window window, BigDecimal share) {
        return group.creditedUsd().subtract(window.referenceNeedUsd().multiply(share)).max(BigDecimal.ZERO);
    }
}
