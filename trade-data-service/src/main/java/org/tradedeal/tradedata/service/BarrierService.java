package org.tradedeal.tradedata.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.BarrierMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hibernate.Hibernate;
import org.tradedeal.tradedata.problem.AlreadyExists;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.BarrierStatus;
import org.tradedeal.tradedata.BarrierStatusChange;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.NonTariffBarrier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BarrierService {

    private final PartnerService partners;
    private final AuditTrail audit;
    private final BarrierMapper mapper;

    public BarrierService(PartnerService partners, AuditTrail audit, BarrierMapper mapper) {
        this.partners = partners;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** Filters of the catalogue; null means any. */
    public record Filter(String imposer, String listedBy, String mastChapter, BarrierStatus status, String category,
                         String product) {
    }

    /**
     * Barriers matching the filters, in catalogue order. {@code product} matches a barrier when one of its
     * affected HS codes and the product code are the same product at different depths (1201 matches 12,
     * 1201 and 120110).
     */
    public List<NonTariffBarrier> list(Filter filter) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        QueryFilters.addEquals(where, parameters, "imposer", filter.imposer());
        QueryFilters.addEquals(where, parameters, "listedBy", filter.listedBy());
        QueryFilters.addEquals(where, parameters, "mastChapter", filter.mastChapter());
        QueryFilters.addEquals(where, parameters, "status", filter.status());
        QueryFilters.addEquals(where, parameters, "category", filter.category());
        Sort sort = Sort.by("imposer", "id");
        List<NonTariffBarrier> found = where.length() == 0 ? NonTariffBarrier.listAll(sort)
                : NonTariffBarrier.list(where.toString(), sort, parameters);
        if (filter.product() == null) {
            return found;
        }
        return found.stream().filter(barrier -> barrier.affectedProducts.stream()
                .anyMatch(code -> code.startsWith(filter.product()) || filter.product().startsWith(code))).toList();
    }

    /** The barriers {@code imposer} keeps that {@code listedBy} lists as concerns. */
    public List<NonTariffBarrier> concerns(String imposer, String listedBy) {
        return list(new Filter(imposer, listedBy, null, null, null, null));
    }

    public Optional<NonTariffBarrier> find(String imposer, String code) {
        return NonTariffBarrier.find("imposer = ?1 and code = ?2", imposer, code).firstResultOptional();
    }

    private NonTariffBarrier require(String imposer, String code) {
        return find(imposer, code).orElseThrow(() -> NotFound.barrier(code + " of " + imposer));
    }

    public List<BarrierStatusChange> history(String imposer, String code) {
        return require(imposer, code).history;
    }

    /** Lists a new barrier: LISTED on {@code listedOn}, the first entry of its history. */
    @Transactional(Transactional.TxType.REQUIRED)
    public NonTariffBarrier create(@NotNull @Valid NonTariffBarrier barrier, @NotNull LocalDate listedOn) {
        partners.requireKnown("body", "imposer", barrier.imposer, "listedBy", barrier.listedBy);
        List<FieldViolation> violations = new ArrayList<>();
        if (barrier.imposer.equals(barrier.listedBy)) {
            violations.add(FieldViolation.body("listedBy", "must differ from the imposer"));
        }
        if (barrier.blockedTradeUsd != null && (barrier.blockedTradeSource == null || barrier.blockedTradeSource.isBlank())) {
            violations.add(FieldViolation.body("blockedTradeSource", "is required with blockedTradeUsd: say where the figure comes from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations);
        }
        if (find(barrier.imposer, barrier.code).isPresent()) {
            throw new AlreadyExists("Barrier " + barrier.code + " of " + barrier.imposer + " exists already.");
        }
        barrier.affectedProducts = new ArrayList<>(new LinkedHashSet<>(
                Objects.requireNonNullElse(barrier.affectedProducts, List.<String>of())));
        barrier.affectedProducts.sort(Comparator.naturalOrder());
        barrier.startListed(listedOn, Instant.now());
        barrier.persist();
        NonTariffBarrier.flush();
        audit.record("LISTED", "NonTariffBarrier", barrier.imposer + "/" + barrier.code, null, mapper.toView(barrier));
        Log.debugf("Listed barrier %s of %s (id %d)", barrier.code, barrier.imposer, barrier.id);
        return barrier;
    }

    /**
     * Moves a barrier forward along LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED. Skipping steps
     * forward is allowed (a removal by administrative order needs no law); going back or staying is a 409,
     * and so is a date before the previous change (both checked by {@link NonTariffBarrier#moveTo}).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public BarrierStatusChange changeStatus(String imposer, String code, @NotNull BarrierStatus to,
                                            @NotNull LocalDate effectiveOn, String note) {
        NonTariffBarrier barrier = require(imposer, code);
        Object before = mapper.toView(barrier);
        BarrierStatus from = barrier.status;
        BarrierStatusChange change = barrier.moveTo(to, effectiveOn, note, Instant.now());
        // flushed here so that a concurrent change surfaces inside this call, as an OptimisticLockException that
        // rest/OptimisticLockMapper answers as a 409 stale-version (as in negotiation-service)
        NonTariffBarrier.flush();
        // the answer shows the barrier after the transaction: load what it shows while the session is open
        Hibernate.initialize(barrier.affectedProducts);
        audit.record("STATUS_CHANGED", "NonTariffBarrier", imposer + "/" + code, before, mapper.toView(barrier));
        Log.debugf("Barrier %s of %s: %s -> %s on %s", code, imposer, from, to, effectiveOn);
        return change;
    }
}
