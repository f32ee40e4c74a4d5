package org.tradedeal.negotiation;

public enum MilestoneStatus {
    PLANNED,
    DONE,
    /** Still to happen, but later than planned. */
    SLIPPED,
    CANCELLED;

    /** Whether the milestone is still ahead of us. */
    public boolean isOpen() {
        return this == PLANNED || this == SLIPPED;
    }
}
