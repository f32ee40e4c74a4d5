package org.tradedeal.negotiation.problem;

public class EvaluationNotFound extends NotFound {

    public EvaluationNotFound(long id) {
        super("Evaluation", id);
    }
}
