package org.tradedeal.tradedata;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of a tariff measure: announced, in force, suspended (and back in force), voided. Voided is final.
 */
public enum MeasureStatus {
    ANNOUNCED,
    IN_FORCE,
    SUSPENDED,
    VOIDED;

    /** The statuses a measure in this status may move to. */
    public Set<MeasureStatus> next() {
        return switch (this) {
            case ANNOUNCED -> EnumSet.of(IN_FORCE, VOIDED);
            case IN_FORCE -> EnumSet.of(SUSPENDED, VOIDED);
            case SUSPENDED -> EnumSet.of(IN_FORCE, VOIDED);
            case VOIDED -> EnumSet.noneOf(MeasureStatus.class);
        };
    }

    public boolean canMoveTo(MeasureStatus target) {
        return next().contains(target);
    }
}
