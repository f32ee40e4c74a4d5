package org.tradedeal.negotiation.problem;

public class DraftNotFound extends NotFound {

    public DraftNotFound(long id) {
        super("Proposal draft", id);
    }
}
