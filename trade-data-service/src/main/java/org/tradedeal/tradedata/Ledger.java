package org.tradedeal.tradedata;

/**
 * Whose statistics a figure comes from, relative to the question asked: the reporter's own ledger, or the
 * partner's mirror ledger (the partner's statistics of the same trade, e.g. Pakistan's imports from the US
 * standing in for US exports to Pakistan). The two never mix in one calculation.
 */
public enum Ledger {
    REPORTER,
    PARTNER_MIRROR
}
