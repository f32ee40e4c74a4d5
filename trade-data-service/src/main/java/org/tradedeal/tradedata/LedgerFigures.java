package org.tradedeal.tradedata;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the figure a calculation uses when a ledger holds several for the same direction and period.
 *
 * <p>Candidates are each TOTAL row, and for every (source, vintage, period) that has HS chapter rows, the
 * sum of those rows (precision: the least precise of its rows, so exact rows sum to an exact total). The
 * most precise candidate wins (EXACT > DERIVED > ROUNDED > ESTIMATED); on a tie a published total row beats
 * a computed sum, then the most recently stored wins. The others are kept as alternatives, and where a
 * source's total row and the sum of its own chapter rows disagree, a note says by how much.
 *
 * <p>HS4/HS6 rows are never summed into a total: they are usually partial (top products).
 */
public final class LedgerFigures {

    private LedgerFigures() {
    }

    /** How a figure was obtained. */
    public enum Derivation {
        /** A total row as published. */
        TOTAL_ROW,
        /** The sum of a source's HS chapter rows. */
        HS2_SUM
    }

    /** One candidate figure with its provenance. */
    public record Figure(BigDecimal valueUsd, ValuePrecision precision, String precisionNote, BigDecimal roundingUnitUsd,
                         String source, String vintage, String period, PeriodBasis basis, Derivation derivation,
                         int rowCount) {

        /** The lowest value a rounded figure may stand for; the value itself otherwise. */
        public BigDecimal lowestPossibleUsd() {
            return roundingUnitUsd == null ? valueUsd : valueUsd.subtract(roundingUnitUsd.divide(BigDecimal.valueOf(2)));
        }

        /** The highest value a rounded figure may stand for; the value itself otherwise. */
        public BigDecimal highestPossibleUsd() {
            return roundingUnitUsd == null ? valueUsd : valueUsd.add(roundingUnitUsd.divide(BigDecimal.valueOf(2)));
        }
    }

    /** The figure used, with the candidates it was preferred to. */
    public record ChosenFigure(BigDecimal valueUsd, ValuePrecision precision, String precisionNote,
                               BigDecimal roundingUnitUsd, String source, String vintage, String period,
                               PeriodBasis basis, Derivation derivation, int rowCount, List<Figure> alternatives) {

        static ChosenFigure of(Figure figure, List<Figure> alternatives) {
            return new ChosenFigure(figure.valueUsd(), figure.precision(), figure.precisionNote(),
                    figure.roundingUnitUsd(), figure.source(), figure.vintage(), figure.period(), figure.basis(),
                    figure.derivation(), figure.rowCount(), List.copyOf(alternatives));
        }

        public Figure figure() {
            return new Figure(valueUsd, precision, precisionNote, roundingUnitUsd, source, vintage, period, basis,
                    derivation, rowCount);
        }

        public boolean exact() {
            return precision == ValuePrecision.EXACT;
        }
    }

    /** The choice and what a reader should know about it. */
    public record Selection(ChosenFigure figure, List<String> notes) {
    }

    private record Candidate(Figure figure, long recency) {
    }

    /**
     * Chooses among the rows of one ledger, direction and period basis (rows of other directions are ignored).
     * Empty when there is neither a total row nor chapter rows.
     */
    public static Optional<Selection> choose(List<TradeFlow> rows, Direction direction) {
        List<Candidate> candidates = new ArrayList<>();
        Map<List<String>, List<TradeFlow>> chapterGroups = new LinkedHashMap<>();
        for (TradeFlow row : rows) {
            if (row.direction != direction) {
                continue;
            }
            if (row.productLevel == ProductLevel.TOTAL) {
                candidates.add(new Candidate(new Figure(row.valueUsd, row.precision, row.precisionNote,
                        row.roundingUnitUsd, row.source, row.vintage, row.period, row.basis, Derivation.TOTAL_ROW, 1),
                        recency(row)));
            } else if (row.productLevel == ProductLevel.HS2) {
                chapterGroups.computeIfAbsent(List.of(row.source, row.vintage, row.period), key -> new ArrayList<>()).add(row);
            }
        }
        for (List<TradeFlow> group : chapterGroups.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            ValuePrecision precision = ValuePrecision.EXACT;
            long recency = Long.MIN_VALUE;
            for (TradeFlow row : group) {
                sum = sum.add(row.valueUsd);
                precision = precision.worse(row.precision);
                recency = Math.max(recency, recency(row));
            }
            TradeFlow first = group.get(0);
            candidates.add(new Candidate(new Figure(sum, precision, "sum of " + group.size() + " HS chapter rows",
                    null, first.source, first.vintage, first.period, first.basis, Derivation.HS2_SUM, group.size()),
                    recency));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.figure().precision())
                .thenComparing(c -> c.figure().derivation())
                .thenComparing(Candidate::recency, Comparator.reverseOrder()));
        List<Figure> figures = candidates.stream().map(Candidate::figure).toList();
        ChosenFigure chosen = ChosenFigure.of(figures.get(0), figures.subList(1, figures.size()));
        return Optional.of(new Selection(chosen, disagreements(figures, direction)));
    }

    /** Notes where a source's total row and the sum of its own chapter rows differ. */
    private static List<String> disagreements(List<Figure> figures, Direction direction) {
        List<String> notes = new ArrayList<>();
        for (Figure sum : figures) {
            if (sum.derivation() != Derivation.HS2_SUM) {
                continue;
            }
            for (Figure total : figures) {
                if (total.derivation() == Derivation.TOTAL_ROW && total.source().equals(sum.source())
                        && total.period().equals(sum.period()) && total.valueUsd().compareTo(sum.valueUsd()) != 0) {
                    BigDecimal difference = sum.valueUsd().subtract(total.valueUsd());
                    notes.add(String.format(Locale.ROOT,
                            "%s: the %d HS chapter rows of \"%s\" sum to %s USD, %s USD %s than its total row (%s USD).",
                            direction, sum.rowCount(), sum.source(), dollars(sum.valueUsd()), dollars(difference.abs()),
                            difference.signum() > 0 ? "more" : "less", dollars(total.valueUsd())));
                }
            }
        }
        return notes;
    }

    /** Later rows have higher ids; rows of a later batch win over an earlier one. */
    private static long recency(TradeFlow row) {
        return row.id == null ? Long.MAX_VALUE : row.id;
    }

    /** Whole dollars with thousands separators, e.g. 5,107,479,000. */
    public static String dollars(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Millions with one decimal, e.g. 2,145.1 M. */
    public static String millions(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value.movePointLeft(6)) + " M";
    }
}
