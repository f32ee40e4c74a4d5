package org.tradedeal.tradedata;

/**
 * Life of a non-tariff barrier in a negotiation, in its only direction:
 * LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED. A barrier may skip steps forward (a barrier removed by
 * an administrative order needs no law: OFFERED -> REMOVAL_VERIFIED), never go back or stay.
 */
public enum BarrierStatus {
    LISTED,
    OFFERED,
    LEGISLATED,
    REMOVAL_VERIFIED;

    public boolean canMoveTo(BarrierStatus target) {
        return target.ordinal() > ordinal();
    }
}
