package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of trade-data-service's baseline the negotiator's desk shows: what the other side sells today
 * by product, the barriers it lists, its tariff measures and the formula's rate on the data. Scoring sends
 * the baseline on as it came; unknown fields are ignored, and the contract tests make sure every field
 * named here exists in trade-data-service's API.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeBaseline(
        String reporter,
        String partner,
        int year,
        String dataVintage,
        BigDecimal importsUsd,
        BigDecimal exportsUsd,
        List<Product> exportsByProduct,
        List<Measure> measures,
        List<Barrier> barriers,
        Rate reciprocalRate) {

    /** One product the reporter sells to the partner today. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(String hsCode, String description, BigDecimal valueUsd, String ledger, String period,
                          String source) {
    }

    /** A tariff measure of the reporter on the partner. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String title, String authority, BigDecimal ratePct, String status, LocalDate validFrom,
                          LocalDate validUntil) {
    }

    /** A non-tariff barrier the partner keeps and the reporter lists. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Barrier(String code, String title, String mastChapter, String status, List<String> affectedProducts,
                          BigDecimal blockedTradeUsd) {
    }

    /** The reciprocal-tariff formula on the data held. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rate(BigDecimal ratePct) {
    }
}
