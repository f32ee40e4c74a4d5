package org.tradedeal.negotiation.service;

import org.tradedeal.negotiation.client.TradeBaseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a negotiator needs to know of the trade behind a negotiation, from the side facing the proposer:
 * the rate its formula gives on the data, the measure that applies today, what it sells to the proposer
 * today by product, and the barriers it lists with the trade each one puts at stake.
 *
 * @param measureToday the measure in force today, else the latest one announced; null when neither
 */
public record TradeContext(String reporter, String partner, int year, String dataVintage, BigDecimal importsUsd,
                           BigDecimal exportsUsd, BigDecimal baselineRatePct, TradeBaseline.Measure measureToday,
                           List<TradeBaseline.Product> products, List<ListedBarrier> barriers) {

    static final String IN_FORCE = "IN_FORCE";
    static final String ANNOUNCED = "ANNOUNCED";
    /** A barrier verified as removed is no longer a concern to answer (as the rules see it). */
    static final String REMOVAL_VERIFIED = "REMOVAL_VERIFIED";

    /**
     * A barrier a draft may remove.
     *
     * @param tradeAtStakeUsd   the trade it blocks where a source gives it, else today's exports of the
     *                          products it affects (the figure the rules weigh it by)
     * @param tradeAtStakeBasis BLOCKED_TRADE, AFFECTED_EXPORTS or NONE
     */
    public record ListedBarrier(String code, String title, String mastChapter, String status,
                                List<String> affectedProducts, BigDecimal tradeAtStakeUsd, String tradeAtStakeBasis) {
    }

    /** Pure function of the baseline and the day. */
    static TradeContext of(TradeBaseline baseline, LocalDate today) {
        List<TradeBaseline.Product> products = orEmpty(baseline.exportsByProduct()).stream()
                .sorted(Comparator.comparing(TradeBaseline.Product::valueUsd,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<ListedBarrier> barriers = orEmpty(baseline.barriers()).stream()
                .filter(barrier -> !REMOVAL_VERIFIED.equals(barrier.status()))
                .map(barrier -> listed(barrier, products))
                .sorted(Comparator.comparing(ListedBarrier::tradeAtStakeUsd).reversed()
                        .thenComparing(ListedBarrier::code))
                .toList();
        return new TradeContext(baseline.reporter(), baseline.partner(), baseline.year(), baseline.dataVintage(),
                baseline.importsUsd(), baseline.exportsUsd(),
                baseline.reciprocalRate() == null ? null : baseline.reciprocalRate().ratePct(),
                measureOn(orEmpty(baseline.measures()), today), products, barriers);
    }

    /** The product with that HS code, when it is sold today. */
    public Optional<TradeBaseline.Product> product(String hsCode) {
        return products.stream().filter(product -> product.hsCode().equals(hsCode)).findFirst();
    }

    private static ListedBarrier listed(TradeBaseline.Barrier barrier, List<TradeBaseline.Product> products) {
        List<String> affected = orEmpty(barrier.affectedProducts());
        if (barrier.blockedTradeUsd() != null) {
            return new ListedBarrier(barrier.code(), barrier.title(), barrier.mastChapter(), barrier.status(), affected,
                    barrier.blockedTradeUsd(), "BLOCKED_TRADE");
        }
        BigDecimal exports = products.stream()
                .filter(product -> product.valueUsd() != null && affected.stream()
                        .anyMatch(code -> code.startsWith(product.hsCode()) || product.hsCode().startsWith(code)))
                .map(TradeBaseline.Product::valueUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ListedBarrier(barrier.code(), barrier.title(), barrier.mastChapter(), barrier.status(), affected,
                exports, exports.signum() > 0 ? "AFFECTED_EXPORTS" : "NONE");
    }

    private static TradeBaseline.Measure measureOn(List<TradeBaseline.Measure> measures, LocalDate today) {
        return measures.stream()
                .filter(measure -> IN_FORCE.equals(measure.status()) && covers(measure, today))
                .findFirst()
                .orElseGet(() -> measures.stream().filter(measure -> ANNOUNCED.equals(measure.status()))
                        .reduce((earlier, later) -> later).orElse(null));
    }

    private static boolean covers(TradeBaseline.Measure measure, LocalDate day) {
        return (measure.validFrom() == null || !measure.validFrom().isAfter(day))
                && (measure.validUntil() == null || measure.validUntil().isAfter(day));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
