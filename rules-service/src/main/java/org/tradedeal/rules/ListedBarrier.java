package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A non-tariff barrier of the proposing side that the other side has listed as a concern and that is not
 * yet verified as removed: an entry of the {@link BarrierCatalogue} fact.
 *
 * @param tradeAtStakeUsd      the trade it blocks where known, else today's exports of the products it
 *                             affects, else zero
 * @param tradeAtStakeBasis    which of those the figure is: BLOCKED_TRADE, AFFECTED_EXPORTS or NONE
 */
public record ListedBarrier(String code, String title, List<String> affectedProducts,
                            BigDecimal tradeAtStakeUsd, String tradeAtStakeBasis) {

    /** Whether the barrier touches the product (an affected code and the product code are related). */
    public boolean affects(String productCode) {
        return HsCodes.anyRelated(affectedProducts, productCode);
    }
}
