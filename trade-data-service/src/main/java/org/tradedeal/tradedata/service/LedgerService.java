package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.Ledger;
import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.problem.NoTradeData;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.api.ProductLine;
import org.tradedeal.tradedata.api.TradeBalance;
import org.tradedeal.tradedata.TradeFlow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a ledger: the figures a reporter holds on its trade with a partner in one period, the figure each
 * calculation uses, and the product breakdown (from the partner's mirror ledger when the reporter's own has
 * no detail, flagged as such). Calculations only ever use the reporter's own totals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LedgerService {

    private final HsProductService products;

    public LedgerService(HsProductService products) {
        this.products = products;
    }

    /**
     * The reporter's trade with the partner in the year. When the ledger holds both calendar- and fiscal-year
     * data for that year and no basis is asked for, the calendar year is used (then the basis that has both
     * directions).
     *
     * @throws NoTradeData when the reporter's ledger holds nothing for the pair, year (and basis)
     */
    public TradeBalance balance(String reporter, String partner, int year, PeriodBasis requestedBasis) {
        List<TradeFlow> all = TradeFlow.list("reporter = ?1 and partner = ?2 and year = ?3", reporter, partner, year);
        if (requestedBasis != null) {
            all = all.stream().filter(row -> row.basis == requestedBasis).toList();
        }
        if (all.isEmpty()) {
            throw new NoTradeData("The ledger of " + reporter + " holds no trade with " + partner + " for " + year
                    + (requestedBasis == null ? "" : " on a " + requestedBasis + " basis") + ".");
        }
        PeriodBasis basis = chooseBasis(all);
        List<TradeFlow> rows = all.stream().filter(row -> row.basis == basis).toList();
        String period = rows.stream().collect(Collectors.groupingBy(row -> row.period, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();

        List<String> notes = new ArrayList<>();
        Optional<LedgerFigures.Selection> imports = LedgerFigures.choose(rows, Direction.IMPORT);
        Optional<LedgerFigures.Selection> exports = LedgerFigures.choose(rows, Direction.EXPORT);
        imports.ifPresentOrElse(selection -> notes.addAll(selection.notes()),
                () -> notes.add("The ledger of " + reporter + " holds no IMPORT figure for " + partner + " in " + period + "."));
        exports.ifPresentOrElse(selection -> notes.addAll(selection.notes()),
                () -> notes.add("The ledger of " + reporter + " holds no EXPORT figure for " + partner + " in " + period + "."));
        LedgerFigures.ChosenFigure importFigure = imports.map(LedgerFigures.Selection::figure).orElse(null);
        LedgerFigures.ChosenFigure exportFigure = exports.map(LedgerFigures.Selection::figure).orElse(null);
        BigDecimal balance = importFigure == null || exportFigure == null ? null
                : exportFigure.valueUsd().subtract(importFigure.valueUsd());

        Map<String, String> names = products.descriptions();
        List<ProductLine> importsByProduct = productLines(rows, reporter, partner, year, basis, Direction.IMPORT, names, notes);
        List<ProductLine> exportsByProduct = productLines(rows, reporter, partner, year, basis, Direction.EXPORT, names, notes);
        return new TradeBalance(reporter, partner, year, basis, period, importFigure, exportFigure, balance,
                importsByProduct, exportsByProduct, List.copyOf(notes));
    }

    /** The basis to use when the caller names none: calendar before fiscal, a basis with both directions first. */
    private static PeriodBasis chooseBasis(List<TradeFlow> rows) {
        for (PeriodBasis basis : PeriodBasis.values()) {
            boolean imports = rows.stream().anyMatch(row -> row.basis == basis && row.direction == Direction.IMPORT);
            boolean exports = rows.stream().anyMatch(row -> row.basis == basis && row.direction == Direction.EXPORT);
            if (imports && exports) {
                return basis;
            }
        }
        return rows.stream().map(row -> row.basis).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The product breakdown of one direction: the reporter's own product rows when it has any, else the
     * partner's mirror rows of the same trade for a period that overlaps the reporter's (calendar year Y:
     * calendar Y, fiscal years ending Y+1, then Y; fiscal year Y: fiscal Y, calendar Y-1, then Y). Of several
     * sets (levels, sources) one is shown: the one covering the most trade, the coarser level on a tie.
     */
    private List<ProductLine> productLines(List<TradeFlow> rows, String reporter, String partner, int year,
                                           PeriodBasis basis, Direction direction, Map<String, String> names,
                                           List<String> notes) {
        List<TradeFlow> own = rows.stream()
                .filter(row -> row.direction == direction && row.productLevel != ProductLevel.TOTAL).toList();
        if (!own.isEmpty()) {
            return lines(bestSet(own), Ledger.REPORTER, names);
        }
        List<TradeFlow> mirror = TradeFlow.list(
                "reporter = ?1 and partner = ?2 and direction = ?3 and productLevel <> ?4 and year between ?5 and ?6",
                partner, reporter, direction.mirrored(), ProductLevel.TOTAL, year - 1, year + 1);
        for (MirrorPeriod candidate : overlapping(basis, year)) {
            List<TradeFlow> inPeriod = mirror.stream()
                    .filter(row -> row.basis == candidate.basis() && row.year == candidate.year()).toList();
            if (!inPeriod.isEmpty()) {
                List<TradeFlow> set = bestSet(inPeriod);
                TradeFlow first = set.get(0);
                notes.add(String.format("%s by product: the ledger of %s has no product detail; shown from the mirror ledger"
                                + " of %s (%s, %s, %s) for plausibility checks only. The formula uses %s's own totals.",
                        direction == Direction.IMPORT ? "Imports" : "Exports", reporter, partner, first.period,
                        first.productLevel, first.source, reporter));
                return lines(set, Ledger.PARTNER_MIRROR, names);
            }
        }
        return List.of();
    }

    private record MirrorPeriod(PeriodBasis basis, int year) {
    }

    private static List<MirrorPeriod> overlapping(PeriodBasis basis, int year) {
        return basis == PeriodBasis.CALENDAR_YEAR
                ? List.of(new MirrorPeriod(PeriodBasis.CALENDAR_YEAR, year), new MirrorPeriod(PeriodBasis.FISCAL_YEAR, year + 1),
                        new MirrorPeriod(PeriodBasis.FISCAL_YEAR, year))
                : List.of(new MirrorPeriod(PeriodBasis.FISCAL_YEAR, year), new MirrorPeriod(PeriodBasis.CALENDAR_YEAR, year - 1),
                        new MirrorPeriod(PeriodBasis.CALENDAR_YEAR, year));
    }

    /** Of the product rows of several levels and sources, the set covering the most trade (coarser level on a tie). */
    private static List<TradeFlow> bestSet(List<TradeFlow> rows) {
        Map<List<Object>, List<TradeFlow>> sets = new LinkedHashMap<>();
        for (TradeFlow row : rows) {
            sets.computeIfAbsent(List.of(row.productLevel, row.source, row.vintage, row.period), key -> new ArrayList<>()).add(row);
        }
        return sets.values().stream()
                .max(Comparator.comparing((List<TradeFlow> set) -> set.stream().map(row -> row.valueUsd)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                        .thenComparing(set -> set.get(0).productLevel, Comparator.reverseOrder())
                        .thenComparing(set -> set.stream().mapToLong(row -> row.id).max().orElse(0)))
                .orElseThrow();
    }

    private static List<ProductLine> lines(List<TradeFlow> set, Ledger ledger, Map<String, String> names) {
        return set.stream()
                .sorted(Comparator.comparing((TradeFlow row) -> row.valueUsd, Comparator.reverseOrder())
                        .thenComparing(row -> row.hsCode))
                .map(row -> new ProductLine(row.hsCode, row.productLevel, names.get(row.hsCode), row.valueUsd, row.precision,
                        ledger, row.period, row.source, row.vintage))
                .toList();
    }
}
