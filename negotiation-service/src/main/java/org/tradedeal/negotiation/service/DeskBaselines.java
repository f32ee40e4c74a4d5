package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.client.TradeBaseline;
import org.tradedeal.negotiation.client.TradeDataGateway;
import org.tradedeal.negotiation.problem.DownstreamUnavailable;
import org.tradedeal.negotiation.problem.ScoringImpossible;

/**
 * The baselines the desk's pages show (the pickers, a negotiation's trade figures), kept for a short while
 * ({@code quarkus.cache.caffeine."desk-baselines".expire-after-write}): an editor re-rendered as rows are added
 * asks trade-data-service once, not on every click. Scoring and the preview never read this cache; a failure
 * is not kept.
 */
@ApplicationScoped
class DeskBaselines {

    private final TradeDataGateway tradeData;
    private final ObjectMapper json;

    DeskBaselines(TradeDataGateway tradeData, ObjectMapper json) {
        this.tradeData = tradeData;
        this.json = json;
    }

    /**
     * @throws DownstreamUnavailable trade-data-service does not answer now
     * @throws ScoringImpossible     it holds no trade data for the pair and year
     */
    @CacheResult(cacheName = "desk-baselines")
    TradeBaseline of(String reporter, String partner, int year) {
        return json.convertValue(Downstreams.now("trade-data-service",
                () -> tradeData.baseline(reporter, partner, year)), TradeBaseline.class);
    }
}
