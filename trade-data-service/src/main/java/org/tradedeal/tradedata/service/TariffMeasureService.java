package org.tradedeal.tradedata.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.TariffMeasureMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.MeasureStatus;
import org.tradedeal.tradedata.TariffMeasure;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.TariffMeasureStatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TariffMeasureService {

    private static final Comparator<TariffMeasure> IN_TIME = Comparator
            .comparing((TariffMeasure m) -> m.validFrom != null ? m.validFrom : m.announcedOn,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.id);

    private final PartnerService partners;
    private final AuditTrail audit;
    private final TariffMeasureMapper mapper;

    public TariffMeasureService(PartnerService partners, AuditTrail audit, TariffMeasureMapper mapper) {
        this.partners = partners;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * Measures matching the filters (null means any); {@code validOn} keeps those whose validity covers the
     * date (valid from on or before it, valid until after it or open). In order of time.
     */
    public List<TariffMeasure> list(String imposer, String target, Authority authority, MeasureStatus status, LocalDate validOn) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        QueryFilters.addEquals(where, parameters, "imposer", imposer);
        QueryFilters.addEquals(where, parameters, "target", target);
        QueryFilters.addEquals(where, parameters, "authority", authority);
        QueryFilters.addEquals(where, parameters, "status", status);
        if (validOn != null) {
            where.add("validFrom <= :validOn and (validUntil is null or validUntil > :validOn)");
            parameters.and("validOn", validOn);
        }
        List<TariffMeasure> found = where.length() == 0 ? TariffMeasure.listAll()
                : TariffMeasure.list(where.toString(), parameters);
        return found.stream().sorted(IN_TIME).toList();
    }

    /** The measures one side imposes on the other, in order of time. */
    public List<TariffMeasure> between(String imposer, String target) {
        return list(imposer, target, null, null, null);
    }

    public Optional<TariffMeasure> find(long id) {
        return TariffMeasure.findByIdOptional(id);
    }

    public List<TariffMeasureStatusChange> history(long id) {
        return find(id).orElseThrow(() -> NotFound.tariffMeasure(id)).history;
    }

    /** Stores a measure; its first history entry records its status on the announcement (or start) date. */
    @Transactional(Transactional.TxType.REQUIRED)
    public TariffMeasure create(@NotNull @Valid TariffMeasure measure) {
        partners.requireKnown("body", "imposer", measure.imposer, "target", measure.target);
        List<FieldViolation> violations = new ArrayList<>();
        if (measure.imposer.equals(measure.target)) {
            violations.add(FieldViolation.body("target", "must differ from the imposer"));
        }
        if (measure.validFrom != null && measure.validUntil != null && measure.validUntil.isBefore(measure.validFrom)) {
            violations.add(FieldViolation.body("validUntil", "must not be before validFrom"));
        }
        LocalDate first = measure.announcedOn != null ? measure.announcedOn : measure.validFrom;
        if (first == null) {
            violations.add(FieldViolation.body("announcedOn", "give announcedOn or validFrom: the history starts on a date"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations);
        }
        measure.startHistory(first, Instant.now());
        measure.persist();
        TariffMeasure.flush();
        audit.record("CREATED", "TariffMeasure", measure.id, null, mapper.toView(measure));
        Log.debugf("Stored tariff measure %d: %s on %s, %s%% under %s", measure.id, measure.imposer, measure.target,
                measure.ratePct, measure.authority);
        return measure;
    }

    /**
     * Moves a measure along its life (ANNOUNCED -> IN_FORCE | VOIDED, IN_FORCE <-> SUSPENDED, any -> VOIDED),
     * dated no earlier than its previous change (checked by {@link TariffMeasure#moveTo}). Going in force opens its
     * validity if open-ended; voiding ends it.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public TariffMeasureStatusChange changeStatus(long id, @NotNull MeasureStatus to, @NotNull LocalDate effectiveOn, String note) {
        TariffMeasure measure = find(id).orElseThrow(() -> NotFound.tariffMeasure(id));
        Object before = mapper.toView(measure);
        MeasureStatus from = measure.status;
        TariffMeasureStatusChange change = measure.moveTo(to, effectiveOn, note, Instant.now());
        // flushed here so that a concurrent change surfaces inside this call, as an OptimisticLockException that
        // rest/OptimisticLockMapper answers as a 409 stale-version (as in negotiation-service)
        TariffMeasure.flush();
        audit.record("STATUS_CHANGED", "TariffMeasure", id, before, mapper.toView(measure));
        Log.debugf("Tariff measure %d: %s -> %s on %s", id, from, to, effectiveOn);
        return change;
    }
}
