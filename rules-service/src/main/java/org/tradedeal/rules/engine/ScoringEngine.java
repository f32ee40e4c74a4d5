package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.kie.api.runtime.KieRuntimeBuilder;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.tradedeal.rules.ConcernTotal;
import org.tradedeal.rules.Contribution;
import org.tradedeal.rules.DeficitProjection;
import org.tradedeal.rules.Explanation;
import org.tradedeal.rules.ListedBarrier;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.UnaddressedBarriers;
import org.tradedeal.rules.Warning;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.config.ScoringConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one draft: its facts go into a fresh session of the rule base compiled at build time, the rules
 * fire in two rounds (the concerns' rules, then the bounds over each concern's total), and what they gave
 * (contributions and warnings, collected in the {@link Explanation} global; the projection and the barriers
 * left in place, inserted as facts) becomes the answer. Stateless: a session lives for one evaluation only.
 */
@ApplicationScoped
public class ScoringEngine {

    /** How many unaddressed barriers the gaps list, the largest first. */
    static final int BARRIER_GAPS = 5;

    private static final Comparator<Contribution> CONTRIBUTION_ORDER = Comparator
            .comparing(Contribution::concern)
            .thenComparing(Contribution::rule)
            .thenComparing(Contribution::reason);
    private static final Comparator<Warning> WARNING_ORDER = Comparator
            .comparing(Warning::concern)
            .thenComparing(Warning::code)
            .thenComparing(Warning::message)
            .thenComparing(Warning::field, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final KieSessionsPool sessions;
    private final RulesetIdentity identity;
    private final ScoringParametersFactory parametersFactory;
    private final ScoringConfig.Verdict thresholds;

    public ScoringEngine(KieRuntimeBuilder runtime, RulesetIdentity identity, ScoringParametersFactory parametersFactory,
                         ScoringConfig config) {
        // Pooled sessions are reset, not rebuilt, between evaluations: building a session's node
        // memories is a large part of an evaluation's cost. The pool grows with concurrent evaluations.
        this.sessions = runtime.getKieBase().newKieSessionsPool(config.sessionPoolSize());
        this.identity = identity;
        this.parametersFactory = parametersFactory;
        this.thresholds = config.verdict();
    }

    /** Scores a request that passed Bean Validation (the resource validates it). */
    public EvaluationResult evaluate(EvaluationRequest request) {
        long start = System.nanoTime();
        ScoringParameters parameters = parametersFactory.parameters(request.parameters());

        Explanation explanation = new Explanation();
        DeficitProjection projection = null;
        List<ListedBarrier> unaddressed = List.of();
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("explanation", explanation);
            for (Object fact : Facts.of(request, parameters)) {
                session.insert(fact);
            }
            session.fireAllRules();
            // Second round: each concern's total, for the rules that bound a concern at its maximum.
            explanation.totals().forEach((concern, points) -> session.insert(new ConcernTotal(concern, points)));
            session.fireAllRules();
            for (Object fact : session.getObjects()) {
                if (fact instanceof DeficitProjection deficit) {
                    projection = deficit;
                } else if (fact instanceof UnaddressedBarriers left) {
                    unaddressed = left.barriers();
                }
            }
        } finally {
            session.dispose(); // back to the pool, emptied
        }
        List<Contribution> contributions = new ArrayList<>(explanation.contributions());
        List<Warning> found = new ArrayList<>(explanation.warnings());
        contributions.sort(CONTRIBUTION_ORDER);
        found.sort(WARNING_ORDER);
        List<Warning> warnings = distinct(found);

        ScoreCard card = ScoreCard.of(contributions, projection, parameters, thresholds);
        DeficitProjection.Year weakest = projection.weakest();
        return new EvaluationResult(card.score(), card.verdict(),
                card.scores().entrySet().stream()
                        .map(e -> new EvaluationResult.ConcernScore(e.getKey(), e.getValue(), parameters.max(e.getKey())))
                        .toList(),
                new EvaluationResult.Projection(dollars(projection.importsUsd()), dollars(weakest.exportsUsd()),
                        dollars(weakest.countedPurchasesUsd()), dollars(weakest.balanceUsd()), weakest.deficitRatioPct(),
                        weakest.ratePct(), projection.baselineRatePct(), projection.targetRatePct(), weakest.year(),
                        projection.years().get(0).year(), projection.years().get(projection.years().size() - 1).year(),
                        projection.years().stream()
                                .map(y -> new EvaluationResult.YearProjection(y.year(), dollars(y.countedPurchasesUsd()),
                                        dollars(y.exportsUsd()), y.ratePct()))
                                .toList()),
                new EvaluationResult.Gaps(projection.additionalPurchasesUsd(), unaddressed.stream().limit(BARRIER_GAPS)
                        .map(b -> new EvaluationResult.BarrierGap(b.code(), b.title(), b.tradeAtStakeUsd(),
                                b.tradeAtStakeBasis()))
                        .toList()),
                warnings.stream()
                        .map(w -> new EvaluationResult.WarningView(w.code(), w.concern(), w.message(), w.field()))
                        .toList(),
                contributions.stream()
                        .map(c -> new EvaluationResult.FiredRule(c.rule(), c.concern(), c.points(), c.reason()))
                        .toList(),
                identity.ruleset(),
                request.baseline().dataVintage(),
                new EvaluationResult.ParametersUsed(parameters.epsilon(), parameters.phi(),
                        new EnumMap<>(parameters.maxPoints())),
                (System.nanoTime() - start) / 1_000);
    }

    /**
     * One warning per message: the rules warn per product group or barrier, so the same message may come
     * from lines written apart; the first field (in the sorted order) stays.
     */
    private static List<Warning> distinct(List<Warning> sorted) {
        List<Warning> distinct = new ArrayList<>(sorted.size());
        Set<List<String>> seen = new HashSet<>();
        for (Warning warning : sorted) {
            if (seen.add(List.of(warning.code(), warning.message()))) {
                distinct.add(warning);
            }
        }
        return distinct;
    }

    /** Whole dollars for the answer (a best-effort purchase may count for half a dollar). */
    private static BigDecimal dollars(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
