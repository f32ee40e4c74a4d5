package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.ScoreChange;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "Comparison", description = "How one draft version differs from another: trade terms and score per concern")
public record ComparisonView(Side base, Side other, TradeTerms terms,
                             @Schema(nullable = true, description = "Null unless both versions are scored") Scores scores) {

    @Schema(name = "ComparedVersion")
    public record Side(long draftId, int version, String title, DraftStatus status) {
    }

    @Schema(name = "TradeTermsChange", description = "What the other version commits to beyond (or short of) the base")
    public record TradeTerms(
            @Schema(description = "Products whose purchases differ, by HS code") List<PurchaseChange> purchases,
            @Schema(description = "Change in added purchases per year, all products") BigDecimal purchasesPerYearDeltaUsd,
            @Schema(description = "Change in added purchases over all committed years") BigDecimal purchasesTotalDeltaUsd,
            List<String> barriersAdded,
            List<String> barriersRemoved,
            @Schema(description = "Barriers in both whose date, verifiability or bindingness differ") List<String> barriersChanged,
            List<TariffCutChange> tariffCuts,
            List<String> intentionsAdded,
            List<String> intentionsRemoved) {
    }

    @Schema(name = "PurchaseChange")
    public record PurchaseChange(String hsCode, Change change, BigDecimal basePerYearUsd, BigDecimal otherPerYearUsd,
                                 BigDecimal perYearDeltaUsd, BigDecimal baseTotalUsd, BigDecimal otherTotalUsd,
                                 BigDecimal totalDeltaUsd) {
    }

    @Schema(name = "TariffCutChange")
    public record TariffCutChange(String hsCode, Change change, BigDecimal baseToPct, BigDecimal otherToPct) {
    }

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    @Schema(name = "ScoreComparison")
    public record Scores(BigDecimal baseScore, BigDecimal otherScore, BigDecimal delta, String baseVerdict,
                         String otherVerdict, List<ScoreChange.ConcernChange> concerns) {
    }
}
