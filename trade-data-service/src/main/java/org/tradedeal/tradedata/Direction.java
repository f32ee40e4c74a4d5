package org.tradedeal.tradedata;

/** Direction of a flow from the reporter's point of view. */
public enum Direction {
    IMPORT,
    EXPORT;

    /** The same trade seen from the other side's ledger. */
    public Direction mirrored() {
        return this == IMPORT ? EXPORT : IMPORT;
    }
}
