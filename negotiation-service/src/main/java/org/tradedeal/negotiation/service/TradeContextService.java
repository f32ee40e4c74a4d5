package org.tradedeal.negotiation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.problem.DownstreamUnavailable;
import org.tradedeal.negotiation.problem.ScoringImpossible;

import java.time.Clock;
import java.time.LocalDate;

/** The trade behind a negotiation, as trade-data-service holds it (read through its fault-tolerant gateway). */
@ApplicationScoped
public class TradeContextService {

    private final DeskBaselines baselines;
    private final Clock clock = Clock.systemUTC();

    public TradeContextService(DeskBaselines baselines) {
        this.baselines = baselines;
    }

    /**
     * The trade of the side facing {@code proposingSide}, in the negotiation's baseline year.
     *
     * @throws DownstreamUnavailable trade-data-service does not answer now
     * @throws ScoringImpossible     it holds no trade data for the pair and year
     */
    public TradeContext of(Negotiation negotiation, String proposingSide) {
        return TradeContext.of(baselines.of(negotiation.counterpartOf(proposingSide), proposingSide,
                negotiation.baselineYear), LocalDate.now(clock));
    }
}
