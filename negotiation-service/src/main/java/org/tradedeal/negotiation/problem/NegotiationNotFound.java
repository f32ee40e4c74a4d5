package org.tradedeal.negotiation.problem;

public class NegotiationNotFound extends NotFound {

    public NegotiationNotFound(long id) {
        super("Negotiation", id);
    }
}
