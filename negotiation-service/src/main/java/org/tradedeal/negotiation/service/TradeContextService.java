package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.client.TradeBaseline;
import org.tradedeal.negotiation.client.TradeDataGateway;
import org.tradedeal.negotiation.problem.DownstreamUnavailable;
import org.tradedeal.negotiation.problem.ScoringImpossible;

import java.time.Clock;
import java.time.LocalDate;

/** The trade behind a negotiation, as trade-data-service holds it today (read through its fault-tolerant gateway). */
@ApplicationScoped
public class TradeContextService {

    private final TradeDataGateway tradeData;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public TradeContextService(TradeDataGateway tradeData, ObjectMapper json) {
        this.tradeData = tradeData;
        this.json = json;
    }

    /**
     * The trade of the side facing {@code proposingSide}, in the negotiation's baseline year.
     *
     * @throws DownstreamUnavailable trade-data-service does not answer now
     * @throws ScoringImpossible     it holds no trade data for the pair and year
     */
    public TradeContext of(Negotiation negotiation, String proposingSide) {
        TradeBaseline baseline = json.convertValue(Downstreams.now("trade-data-service",
                        () -> tradeData.baseline(negotiation.counterpartOf(proposingSide), proposingSide,
                                negotiation.baselineYear)),
                TradeBaseline.class);
        return TradeContext.of(baseline, LocalDate.now(clock));
    }
}
