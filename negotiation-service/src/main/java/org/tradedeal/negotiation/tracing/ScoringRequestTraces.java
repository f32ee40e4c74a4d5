package org.tradedeal.negotiation.tracing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Reads what the span of an attempt at a scoring request names: the request's trace and its draft version. */
@ApplicationScoped
public class ScoringRequestTraces {

    /** @param attempt the number of the attempt about to start (1 for the first) */
    public record Opened(String traceParent, long draftId, int versionNumber, int attempt) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Opened> of(long requestId) {
        return Panache.getEntityManager().createQuery("select new " + Opened.class.getName()
                        + "(r.traceParent, v.draft.id, v.number, r.attempts + 1) from ScoringRequest r join r.draftVersion v"
                        + " where r.id = :id", Opened.class)
                .setParameter("id", requestId)
                .getResultStream().findFirst();
    }
}
