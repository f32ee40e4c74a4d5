package org.tradedeal.negotiation.problem;

public class DraftVersionNotFound extends NotFound {

    public DraftVersionNotFound(long draftId, int number) {
        super("Draft version", draftId + "/v" + number);
    }
}
