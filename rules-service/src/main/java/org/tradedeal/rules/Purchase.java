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

    /** Whether this purchase is of the product a barrier or a trade figure names (one code within the other). */
    public boolean concerns(String productCode) {
        return HsCodes.related(hsCode, productCode);
    }
}
