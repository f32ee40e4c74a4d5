package org.tradedeal.rules;

import java.time.LocalDate;

/**
 * Fact: what the negotiation aims at. {@code ratePct} is the target rate as a whole percent (the formula
 * gives whole percents, so a target of 19.5 is met by 19); {@code deadline} may be null.
 */
public record Target(int ratePct, LocalDate deadline) {

    /** The calendar year of the deadline; commitments starting later come too late. */
    public Integer deadlineYear() {
        return deadline == null ? null : deadline.getYear();
    }
}
