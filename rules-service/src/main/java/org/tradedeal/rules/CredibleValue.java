package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Pure arithmetic: what a product group's purchases count for over a range of years. Each line's dollars
 * in those years count at the line's factor (binding 1 or best effort; times what the barriers that
 * affect it withhold), and the group counts at most {@code years x yearlyCap} raw dollars, filled best
 * factor first. That is the largest credited sum the cap allows, so adding a line, raising an amount,
 * lengthening a line or raising a factor never lowers it; the order and the split of the lines do not
 * matter (lines with the same terms add up).
 */
public final class CredibleValue {

    /** Best factor first; among equal factors binding first, so what the cap leaves out is explained the same way. */
    public static final Comparator<Line> BEST_FIRST = Comparator.comparing(Line::factor).reversed()
            .thenComparing(Line::binding, Comparator.reverseOrder())
            .thenComparing(Line::hsCode)
            .thenComparingInt(Line::firstYear)
            .thenComparingInt(Line::lastYear)
            .thenComparing(Line::usdPerYear);

    private CredibleValue() {
    }

    /**
     * One purchase line as the fill sees it.
     *
     * @param bindingFactor 1 for a binding line, the best-effort factor otherwise
     * @param barrierFactor what the listed barriers affecting the product leave of it (1: none, or all removed firmly)
     * @param factor        their product: what one raw dollar counts for
     */
    public record Line(String hsCode, BigDecimal usdPerYear, int firstYear, int lastYear, boolean binding,
                       BigDecimal bindingFactor, BigDecimal barrierFactor, BigDecimal factor) {

        public static Line of(String hsCode, BigDecimal usdPerYear, int firstYear, int years, boolean binding,
                              BigDecimal bestEffortFactor, BigDecimal barrierFactor) {
            BigDecimal bindingFactor = binding ? BigDecimal.ONE : bestEffortFactor;
            return new Line(hsCode, usdPerYear, firstYear, firstYear + years - 1, binding, bindingFactor, barrierFactor,
                    bindingFactor.multiply(barrierFactor));
        }

        /** The line's raw dollars in the years {@code from}..{@code to}. */
        public BigDecimal usdIn(int from, int to) {
            int overlap = Math.min(lastYear, to) - Math.max(firstYear, from) + 1;
            return overlap <= 0 ? BigDecimal.ZERO : usdPerYear.multiply(BigDecimal.valueOf(overlap));
        }
    }

    /**
     * What a fill gave.
     *
     * @param committedUsd          the raw dollars of the lines in the years
     * @param takenUsd              the raw dollars within the plausible size (the rest is not counted)
     * @param creditedUsd           what the taken dollars count for, each at its line's factor
     * @param bestEffortWithheldUsd what best effort withheld of the taken dollars
     * @param barrierWithheldUsd    what the barriers withheld of the taken dollars (the rest of the discount)
     */
    public record Fill(BigDecimal committedUsd, BigDecimal takenUsd, BigDecimal creditedUsd,
                       BigDecimal bestEffortWithheldUsd, BigDecimal barrierWithheldUsd) {

        public static final Fill NONE = new Fill(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        /** The raw dollars above the plausible size. */
        public BigDecimal notPlausibleUsd() {
            return committedUsd.subtract(takenUsd);
        }
    }

    /**
     * Fills the cap {@code (to - from + 1) x yearlyCap} with the lines' dollars in {@code from}..{@code to}.
     *
     * @param bestFirst the group's lines sorted by {@link #BEST_FIRST}
     */
    public static Fill fill(List<Line> bestFirst, int from, int to, BigDecimal yearlyCap) {
        if (to < from || bestFirst.isEmpty()) {
            return Fill.NONE;
        }
        BigDecimal room = yearlyCap.multiply(BigDecimal.valueOf(to - from + 1L));
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal taken = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal bestEffortWithheld = BigDecimal.ZERO;
        BigDecimal barrierWithheld = BigDecimal.ZERO;
        for (Line line : bestFirst) {
            BigDecimal usd = line.usdIn(from, to);
            if (usd.signum() == 0) {
                continue;
            }
            committed = committed.add(usd);
            BigDecimal take = usd.min(room);
            if (take.signum() <= 0) {
                continue;
            }
            room = room.subtract(take);
            taken = taken.add(take);
            credited = credited.add(take.multiply(line.factor()));
            // take x (1 - b g) = take x (1 - b) + take x b x (1 - g)
            BigDecimal bestEffort = take.subtract(take.multiply(line.bindingFactor()));
            bestEffortWithheld = bestEffortWithheld.add(bestEffort);
            barrierWithheld = barrierWithheld.add(take.subtract(bestEffort).subtract(take.multiply(line.factor())));
        }
        return new Fill(committed, taken, credited, bestEffortWithheld, barrierWithheld);
    }

    /** The credited dollars alone (the projection's yearly fills and the binding lines' fill need no more). */
    public static BigDecimal credited(List<Line> bestFirst, int from, int to, BigDecimal yearlyCap) {
        return fill(bestFirst, from, to, yearlyCap).creditedUsd();
    }
}
