package org.tradedeal.rules;

import java.math.BigDecimal;

/** Fact: a commitment to buy {@code addedUsdPerYear} more of a product from the other side, yearly. */
public record Purchase(int index, String hsCode, String description, BigDecimal addedUsdPerYear, int firstYear,
                       int years, boolean binding) {

    /** Where it stands in the draft, as the API names it. */
    public String field() {
        return "draft.purchases[" + index + "]";
    }

    public String label() {
        return description == null || description.isBlank() ? "HS " + hsCode : description + " (HS " + hsCode + ")";
    }

    /**
     * Whether the yearly purchase is more than {@code multiple} times what is exported of the product today
     * (false when nothing is exported of it today: there is nothing to judge it by).
     */
    public boolean beyond(TradeProfile trade, BigDecimal multiple) {
        BigDecimal today = trade.exportsOf(hsCode);
        return today.signum() > 0 && addedUsdPerYear.compareTo(today.multiply(multiple)) > 0;
    }
}
