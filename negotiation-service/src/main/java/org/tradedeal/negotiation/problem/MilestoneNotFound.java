package org.tradedeal.negotiation.problem;

public class MilestoneNotFound extends NotFound {

    public MilestoneNotFound(long id) {
        super("Milestone", id);
    }
}
