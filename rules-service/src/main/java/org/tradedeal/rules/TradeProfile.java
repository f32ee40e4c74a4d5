package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fact: what the reporter exports today to the partner, by product (for plausibility and for weighing
 * tariff cuts). Product detail may come from the partner's mirror ledger; the formula never uses it.
 */
public record TradeProfile(List<ProductExport> exports) {

    /** Today's exports of the product: the sum over the export lines whose code is related to it. */
    public BigDecimal exportsOf(String hsCode) {
        BigDecimal total = BigDecimal.ZERO;
        for (ProductExport export : exports) {
            if (HsCodes.related(export.hsCode(), hsCode)) {
                total = total.add(export.valueUsd());
            }
        }
        return total;
    }

    /** Whether the product is exported to the partner today. */
    public boolean exports(String hsCode) {
        return exportsOf(hsCode).signum() > 0;
    }
}
