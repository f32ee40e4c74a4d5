package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: the imposing side's ({@code reporter}) trade with the proposing side ({@code partner}) in the
 * baseline year, from the reporter's own ledger.
 *
 * @param importsUsd m, the reporter's goods imports from the partner
 * @param exportsUsd x, the reporter's goods exports to the partner
 */
public record TradeBaseline(int year, BigDecimal importsUsd, BigDecimal exportsUsd) {
}
