package org.tradedeal.tradedata.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.TradeFlowMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.tradedata.problem.AlreadyExists;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.Period;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.TradeFlow;
import org.tradedeal.tradedata.problem.NotFound;
import org.tradedeal.tradedata.ValuePrecision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TradeFlowService {

    private final PartnerService partners;
    private final AuditTrail audit;
    private final TradeFlowMapper mapper;
    private final SecurityIdentity identity;

    public TradeFlowService(PartnerService partners, AuditTrail audit, TradeFlowMapper mapper, SecurityIdentity identity) {
        this.partners = partners;
        this.audit = audit;
        this.mapper = mapper;
        this.identity = identity;
    }

    /** Filters of the flow listing; null means any. */
    public record Filter(String reporter, String partner, Integer year, Direction direction, ProductLevel productLevel,
                         String hsCode, String source, String vintage, Long importBatchId) {
    }

    public List<TradeFlow> list(Filter filter, int pageIndex, int pageSize) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        QueryFilters.addEquals(where, parameters, "reporter", filter.reporter());
        QueryFilters.addEquals(where, parameters, "partner", filter.partner());
        QueryFilters.addEquals(where, parameters, "year", filter.year());
        QueryFilters.addEquals(where, parameters, "direction", filter.direction());
        QueryFilters.addEquals(where, parameters, "productLevel", filter.productLevel());
        QueryFilters.addEquals(where, parameters, "hsCode", filter.hsCode());
        QueryFilters.addEquals(where, parameters, "source", filter.source());
        QueryFilters.addEquals(where, parameters, "vintage", filter.vintage());
        QueryFilters.addEquals(where, parameters, "importBatchId", filter.importBatchId());
        Sort sort = Sort.by("reporter", "partner", "year", "direction", "productLevel", "hsCode", "id");
        PanacheQuery<TradeFlow> query = where.length() == 0 ? TradeFlow.findAll(sort)
                : TradeFlow.find(where.toString(), sort, parameters);
        return query.page(Page.of(pageIndex, pageSize)).list();
    }

    public Optional<TradeFlow> find(long id) {
        return TradeFlow.<TradeFlow>findByIdOptional(id).filter(flow -> flow.deletedAt == null);
    }

    /**
     * Stores one figure after the rules the annotations cannot express: known partners, two different
     * sides, a period that fits its basis, an HS code that fits the product level, a rounding unit only on
     * rounded figures, and no second figure for the same thing from the same source and vintage.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public TradeFlow create(@NotNull @Valid TradeFlow flow) {
        partners.requireKnown("body", "reporter", flow.reporter, "partner", flow.partner);
        List<FieldViolation> violations = new ArrayList<>();
        if (flow.reporter.equals(flow.partner)) {
            violations.add(FieldViolation.body("partner", "must differ from the reporter"));
        }
        Period.Result period = Period.parse(flow.period, flow.basis);
        period.period().ifPresentOrElse(parsed -> {
            flow.basis = parsed.basis();
            flow.year = parsed.year();
        }, () -> violations.add(FieldViolation.body("period", period.error())));
        if (!flow.productLevel.accepts(flow.hsCode)) {
            violations.add(FieldViolation.body("hsCode", flow.productLevel == ProductLevel.TOTAL
                    ? "must be left out for a TOTAL" : "must have " + flow.productLevel.digits() + " digits for " + flow.productLevel));
        }
        if (flow.roundingUnitUsd != null && flow.precision != ValuePrecision.ROUNDED) {
            violations.add(FieldViolation.body("roundingUnitUsd", "applies to ROUNDED figures only"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations);
        }
        Parameters same = Parameters.with("reporter", flow.reporter).and("partner", flow.partner)
                .and("period", flow.period).and("direction", flow.direction).and("productLevel", flow.productLevel)
                .and("source", flow.source).and("vintage", flow.vintage);
        String query = "reporter = :reporter and partner = :partner and period = :period and direction = :direction"
                + " and productLevel = :productLevel and source = :source and vintage = :vintage and ";
        if (flow.hsCode == null) {
            query += "hsCode is null";
        } else {
            query += "hsCode = :hsCode";
            same.and("hsCode", flow.hsCode);
        }
        if (TradeFlow.count(query, same) > 0) {
            throw new AlreadyExists("The same figure (" + flow.reporter + " " + flow.direction + " " + flow.partner + " "
                    + flow.period + " " + flow.productLevel + (flow.hsCode == null ? "" : " " + flow.hsCode)
                    + ") of this source and vintage is stored already.");
        }
        flow.persist();
        TradeFlow.flush();
        audit.record("CREATED", "TradeFlow", flow.id, null, mapper.toView(flow));
        Log.debugf("Stored trade flow %d: %s %s %s %s", flow.id, flow.reporter, flow.direction, flow.partner, flow.period);
        return flow;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(long id) {
        TradeFlow flow = find(id).orElseThrow(() -> NotFound.tradeFlow(id));
        Object before = mapper.toView(flow);
        // Kept, marked deleted: the audit record says who did it, the row what it was.
        flow.deletedAt = java.time.Instant.now();
        flow.deletedBy = identity.getPrincipal().getName();
        TradeFlow.flush();
        audit.record("DELETED", "TradeFlow", id, before, null);
        Log.debugf("Deleted trade flow %d", id);
    }
}
