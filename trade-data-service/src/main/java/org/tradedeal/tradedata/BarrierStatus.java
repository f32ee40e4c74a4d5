package org.tradedeal.tradedata;

import java.util.EnumSet;
import java.util.Set;

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

    /** The statuses a barrier in this status may move to: every later one. */
    public Set<BarrierStatus> next() {
        EnumSet<BarrierStatus> later = EnumSet.range(this, REMOVAL_VERIFIED);
        later.remove(this);
        return later;
    }

    public boolean canMoveTo(BarrierStatus target) {
        return target.ordinal() > ordinal();
    }
}
