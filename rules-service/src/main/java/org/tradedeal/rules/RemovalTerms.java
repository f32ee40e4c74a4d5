package org.tradedeal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The terms of one commitment to remove a barrier: by a date or not, verifiable or not, binding or not.
 * Its quality (1 for a firm removal on time) is what the removal is worth: the barrier's points, and what
 * it gives back of the purchases the barrier blocks.
 */
public record RemovalTerms(LocalDate committedBy, boolean verifiable, boolean binding) {

    /** Strongest first: the highest quality, then dated, the earliest date, verifiable, binding (never the list's order). */
    public static Comparator<RemovalTerms> strongestFirst(ScoringParameters.Barriers factors, LocalDate deadline) {
        return Comparator.comparing((RemovalTerms terms) -> terms.quality(factors, deadline)).reversed()
                .thenComparing(RemovalTerms::dated, Comparator.reverseOrder())
                .thenComparing(RemovalTerms::committedBy, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RemovalTerms::verifiable, Comparator.reverseOrder())
                .thenComparing(RemovalTerms::binding, Comparator.reverseOrder());
    }

    public boolean dated() {
        return committedBy != null;
    }

    /** Dated, verifiable and binding: a commitment, not an intention. */
    public boolean firm() {
        return dated() && verifiable && binding;
    }

    /** Dated after the deadline (never for an undated removal, which its own factor discounts). */
    public boolean late(LocalDate deadline) {
        return deadline != null && committedBy != null && committedBy.isAfter(deadline);
    }

    /** Pure function: undated x unverifiable x non-binding x late factors, as they apply; 1 for a firm removal on time. */
    public BigDecimal quality(ScoringParameters.Barriers factors, LocalDate deadline) {
        BigDecimal quality = BigDecimal.ONE;
        if (!dated()) {
            quality = quality.multiply(factors.undatedFactor());
        }
        if (!verifiable) {
            quality = quality.multiply(factors.unverifiableFactor());
        }
        if (!binding) {
            quality = quality.multiply(factors.nonBindingFactor());
        }
        if (late(deadline)) {
            quality = quality.multiply(factors.lateFactor());
        }
        return quality;
    }

    /** "by 2025-08-31, after the deadline 2025-07-09, verifiable and binding" or "undated, not binding". */
    public String describe(LocalDate deadline) {
        List<String> parts = new ArrayList<>();
        if (dated()) {
            parts.add("by " + committedBy + (late(deadline) ? ", after the deadline " + deadline : ""));
        } else {
            parts.add("undated");
        }
        parts.add(verifiable ? "verifiable" : "not verifiable");
        parts.add(binding ? "binding" : "not binding");
        return String.join(", ", parts);
    }
}
