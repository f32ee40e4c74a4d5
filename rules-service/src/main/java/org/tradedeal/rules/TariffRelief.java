package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: the duty the draft's cuts relieve on one line of today's exports: the line's trade times the
 * deepest cut that covers it (a cut on the line's product or on a heading or chapter holding it).
 *
 * @param cut the deepest cut covering the line
 */
public record TariffRelief(String lineCode, String description, BigDecimal tradeUsd, Cut cut, BigDecimal reliefUsd) {

    /** A cut of the draft, by product: the deepest of the cuts on the product. */
    public record Cut(String hsCode, BigDecimal fromPct, BigDecimal toPct) {

        /** Percentage points of duty it removes. */
        public BigDecimal points() {
            return fromPct.subtract(toPct);
        }

        /** "HS 8471 from 20% to 5%". */
        public String describe() {
            return "HS " + hsCode + " from " + fromPct.stripTrailingZeros().toPlainString() + "% to "
                    + toPct.stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** "HS 8471 (Automatic data-processing machines)". */
    public String line() {
        return "HS " + lineCode + (description == null || description.isBlank() ? "" : " (" + description + ")");
    }
}
