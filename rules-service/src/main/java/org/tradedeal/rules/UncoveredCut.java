package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: a tariff cut that covers no line of today's exports, so no duty it relieves is on record: either
 * nothing of the product is exported today, or only a wider line is itemized (whose share in the product
 * the baseline does not know).
 *
 * @param widerLine      the itemized line holding the product, or null
 * @param widerLineUsd   its trade
 */
public record UncoveredCut(TariffRelief.Cut cut, String widerLine, BigDecimal widerLineUsd, String field) {
}
