package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fact: the draft's purchases of one product group (an HS chapter: splitting a purchase into subheadings
 * of the same product changes nothing), as counted over the window.
 *
 * @param codes              the HS codes the draft buys in the chapter, in code order
 * @param field              the draft's first purchase line of the group (warnings point at it)
 * @param itemized           whether the baseline itemizes exports of the chapter
 * @param todayExportsUsd    today's exports of the chapter (its itemized lines, none counted twice)
 * @param yearlyCapUsd       the most the group counts for a year: the plausible multiple of today's exports,
 *                           and never less than the share of today's total exports an unitemized group gets
 * @param firstYear          the first year any of its purchases runs
 * @param lastYear           the last year any of its purchases runs
 * @param counted            the fill over the counted years (baseline year to the window's last)
 * @param bindingCreditedUsd what its binding lines alone count for over the counted years
 * @param promptCreditedUsd  what it counts for in the years up to the window's first
 * @param afterWindowUsd     its dollars in years after the window's last (not counted)
 * @param barriers           the listed barriers that affect its products, with what each leaves of them
 */
public record ProductGroup(String chapter, List<String> codes, String field, boolean itemized,
                           BigDecimal todayExportsUsd, BigDecimal yearlyCapUsd, int firstYear, int lastYear,
                           CredibleValue.Fill counted, BigDecimal bindingCreditedUsd, BigDecimal promptCreditedUsd,
                           BigDecimal afterWindowUsd, List<BarrierEffect> barriers) {

    /** "HS 52 (5201)", "HS 27 (2709, 2711)". */
    public String label() {
        return "HS " + chapter + " (" + String.join(", ", codes) + ")";
    }

    public BigDecimal creditedUsd() {
        return counted.creditedUsd();
    }

    public BigDecimal committedUsd() {
        return counted.committedUsd();
    }

    /** The years its purchases run within the counted years: "2025-2027". */
    public String countedYears(Window window) {
        int from = Math.max(firstYear, window.countedFrom());
        int to = Math.min(lastYear, window.lastYear());
        return from > to ? "no year of " + window.countedSpan() : from == to ? String.valueOf(from) : from + "-" + to;
    }

    /** Whether it starts only after the window's first year (the deadline's year). */
    public boolean startsAfter(Window window) {
        return firstYear > window.firstYear();
    }

    /** What discounted the group's dollars, in words: "best effort at 50%; SPS-2 removed after the deadline: 90%". */
    public String discounts(java.time.LocalDate deadline, ScoringParameters parameters) {
        List<String> parts = new ArrayList<>();
        if (counted.bestEffortWithheldUsd().signum() > 0) {
            parts.add("best effort counted at " + Text.percent(parameters.bestEffortFactor()));
        }
        for (BarrierEffect effect : barriers) {
            if (effect.factor().compareTo(BigDecimal.ONE) < 0) {
                parts.add(effect.barrier().code() + (effect.kept() ? " left in place" : " removed "
                        + effect.removal().describe(deadline)) + ": " + Text.percent(effect.factor()));
            }
        }
        if (counted.notPlausibleUsd().signum() > 0) {
            parts.add(Text.usd(counted.notPlausibleUsd()) + " above the plausible size not counted");
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
}
