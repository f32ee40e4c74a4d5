package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.NegotiationStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NegotiationService {

    public List<Negotiation> listAll() {
        return Negotiation.listAll(Sort.by("id"));
    }

    public Optional<Negotiation> find(long id) {
        return Negotiation.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Negotiation open(@NotNull @Valid Negotiation negotiation) {
        if (negotiation.status == null) {
            negotiation.status = NegotiationStatus.ACTIVE;
        }
        negotiation.createdAt = Instant.now(Clock.systemUTC());
        negotiation.persist();
        Log.debugf("Opened negotiation %d between %s and %s", negotiation.id, negotiation.ourSide, negotiation.otherSide);
        return negotiation;
    }
}
