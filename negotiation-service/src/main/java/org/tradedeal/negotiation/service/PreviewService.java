package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.api.PreviewView;
import org.tradedeal.negotiation.client.EvaluationRequest;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.client.RulesBaseline;
import org.tradedeal.negotiation.client.RulesGateway;
import org.tradedeal.negotiation.client.TradeDataGateway;
import org.tradedeal.negotiation.problem.DownstreamUnavailable;
import org.tradedeal.negotiation.problem.InvalidInput;
import org.tradedeal.negotiation.problem.NotYourSide;
import org.tradedeal.negotiation.security.SideAccess;
import org.tradedeal.negotiation.problem.ScoringImpossible;

/**
 * Scores content that is not saved, the way a submitted version is scored (same validation, same baseline,
 * same rules), and stores nothing: the negotiator's live preview while a draft is being written.
 */
@ApplicationScoped
public class PreviewService {

    private final NegotiationService negotiations;
    private final SideAccess access;
    private final TradeDataGateway tradeData;
    private final RulesGateway rules;
    private final EvaluationReader evaluations;

    public PreviewService(NegotiationService negotiations, SideAccess access, TradeDataGateway tradeData,
                          RulesGateway rules, EvaluationReader evaluations) {
        this.negotiations = negotiations;
        this.access = access;
        this.tradeData = tradeData;
        this.rules = rules;
        this.evaluations = evaluations;
    }

    /**
     * Scores content as the caller's side would propose it.
     *
     * @throws NotYourSide           the caller's side is not a party to the negotiation
     * @throws InvalidInput          content that does not fit the negotiation (as on saving it)
     * @throws DownstreamUnavailable a downstream is down or slow; nothing is lost, ask again later
     * @throws ScoringImpossible     no trade data for the pair and year, or the rules reject the content
     */
    public PreviewView preview(long negotiationId, @NotNull @Valid DraftContent content) {
        Negotiation negotiation = negotiations.get(negotiationId);
        String proposing = access.requireParty(negotiation);
        DraftService.requireFitsNegotiation(negotiation, proposing, content);
        JsonNode baseline = Downstreams.now("trade-data-service", () -> tradeData.baseline(
                negotiation.counterpartOf(proposing), proposing, negotiation.baselineYear));
        JsonNode answer = Downstreams.now("rules-service", () -> rules.evaluate(
                new EvaluationRequest(content, RulesBaseline.of(baseline), negotiation.targetRatePct, negotiation.deadline)));
        RulesEvaluation parsed = evaluations.read(answer);
        Log.debugf("Previewed content for negotiation %d: %s", negotiationId, parsed.score());
        RulesEvaluation.Projection projection = parsed.projection();
        return new PreviewView(negotiationId, proposing, parsed.score(), parsed.verdict(),
                projection == null ? null : projection.ratePct(),
                projection == null ? null : projection.baselineRatePct(),
                negotiation.targetRatePct,
                parsed.gaps() == null ? null : parsed.gaps().additionalPurchasesUsd(),
                baseline.path("dataVintage").asText(null), answer);
    }
}
