package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.api.ParametersInput;
import org.tradedeal.rules.api.PurchaseInput;
import org.tradedeal.rules.api.TariffCutInput;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The model's invariants over generated drafts (a seeded generator, so a failure reproduces), each on the
 * total and on every concern: monotone (more, longer, firmer, earlier commitments never lower a score),
 * written-form invariant (split, merged, reordered, repeated: the same score and explanation), explained
 * exactly (the fired rules add up), proportional (a 1 USD purchase earns about nothing), and the verdict
 * tied to the target. On a failure the pair is shrunk (items dropped one at a time while it still fails)
 * and the minimal failing pair is printed. Plain JUnit with a seeded {@code Random}.
 */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class ScoringPropertiesTests {

    private static final int DRAFTS = 500;
    private static final int BASELINE_YEAR = 2024;
    private static final List<String> PRODUCTS = List.of("5201", "1201", "2709", "2711", "7204", "2701", "8471", "0802",
            "1001", "3004", "0201", "52", "84", "870323", "9701", "1507");
    private static final List<String> BARRIERS = List.of("TAR-1", "TAR-2", "SRO-1", "LIC-1", "BAN-1", "BAN-2", "BAN-3",
            "CUS-1", "CUS-2", "SPS-1", "SPS-2", "SPS-3", "TBT-1", "PHA-1", "IP-1", "IP-2", "IP-3", "DIG-1", "DIG-2",
            "INV-1", "SOE-1");
    private static final List<Integer> TARGETS = List.of(19, 19, 19, 15, 25, 29, 5, 30);
    private static final List<LocalDate> DEADLINES = List.of(Scenario.DEADLINE, Scenario.DEADLINE,
            LocalDate.of(2026, 3, 31), LocalDate.of(2024, 12, 31));
    private static final Set<String> REPEAT_WARNINGS = Set.of("DUPLICATE_PURCHASE_LINE", "DUPLICATE_REMOVAL",
            "DUPLICATE_TARIFF_CUT");

    @Inject
    ScoringEngine engine;

    /** The terms a draft is scored against; the same for both drafts of a pair. */
    record Terms(BigDecimal target, LocalDate deadline, ParametersInput parameters) {
    }

    /** A change to a draft; null when it does not apply to that draft. */
    interface Change {
        DraftInput apply(DraftInput draft, Random random);
    }

    /** What must hold between a draft's evaluation and the changed draft's; a message when it does not. */
    interface Relation {
        String violation(EvaluationResult before, EvaluationResult after);
    }

    // --- monotone ------------------------------------------------------------------------------------

    @Test
    void addingAPurchaseNeverLowersAScore() {
        holds(101, (d, r) -> withPurchases(d, plus(d.purchases(), randomPurchase(r))), ScoringPropertiesTests::neverLower);
    }

    @Test
    void raisingAnAmountNeverLowersAScore() {
        holds(102, purchaseChange((p, r) -> new PurchaseInput(p.hsCode(), p.description(),
                p.addedUsdPerYear().add(BigDecimal.valueOf(1 + r.nextInt(500_000_000))), p.firstYear(), p.years(),
                p.binding())), ScoringPropertiesTests::neverLower);
    }

    @Test
    void lengtheningACommitmentNeverLowersAScore() {
        holds(103, purchaseChange((p, r) -> new PurchaseInput(p.hsCode(), p.description(), p.addedUsdPerYear(),
                p.firstYear(), p.years() + 1 + r.nextInt(3), p.binding())), ScoringPropertiesTests::neverLower);
    }

    @Test
    void makingAPurchaseBindingNeverLowersAScore() {
        holds(104, purchaseChange((p, r) -> p.binding() ? null : new PurchaseInput(p.hsCode(), p.description(),
                p.addedUsdPerYear(), p.firstYear(), p.years(), true)), ScoringPropertiesTests::neverLower);
    }

    @Test
    void startingAPurchaseEarlierWithTheSameLengthNeverLowersAScore() {
        holds(105, purchaseChange((p, r) -> p.firstYear() <= BASELINE_YEAR ? null : new PurchaseInput(p.hsCode(),
                p.description(), p.addedUsdPerYear(), p.firstYear() - 1, p.years(), p.binding())),
                ScoringPropertiesTests::neverLower);
    }

    @Test
    void extendingAPurchaseToAnEarlierYearNeverLowersAScore() {
        holds(106, purchaseChange((p, r) -> p.firstYear() <= BASELINE_YEAR ? null : new PurchaseInput(p.hsCode(),
                p.description(), p.addedUsdPerYear(), p.firstYear() - 1, p.years() + 1, p.binding())),
                ScoringPropertiesTests::neverLower);
    }

    @Test
    void removingOneMoreListedBarrierNeverLowersAScore() {
        holds(107, (d, r) -> withRemovals(d, plus(d.barrierRemovals(),
                randomRemoval(r, BARRIERS.get(r.nextInt(BARRIERS.size()))))), ScoringPropertiesTests::neverLower);
    }

    @Test
    void datingARemovalNeverLowersAScore() {
        holds(108, removalChange((b, r) -> b.committedBy() != null ? null : new BarrierRemovalInput(b.barrierCode(),
                LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900)), b.verifiable(), b.binding())),
                ScoringPropertiesTests::neverLower);
    }

    @Test
    void makingARemovalVerifiableOrBindingNeverLowersAScore() {
        holds(109, removalChange((b, r) -> {
            if (b.verifiable() && b.binding()) {
                return null;
            }
            boolean verifiable = !b.verifiable() && (b.binding() || r.nextBoolean());
            return new BarrierRemovalInput(b.barrierCode(), b.committedBy(), b.verifiable() || verifiable,
                    b.binding() || !verifiable);
        }), ScoringPropertiesTests::neverLower);
    }

    @Test
    void movingARemovalEarlierNeverLowersAScore() {
        holds(110, removalChange((b, r) -> b.committedBy() == null ? null : new BarrierRemovalInput(b.barrierCode(),
                b.committedBy().minusDays(1 + r.nextInt(400)), b.verifiable(), b.binding())),
                ScoringPropertiesTests::neverLower);
    }

    @Test
    void deepeningATariffCutNeverLowersAScore() {
        holds(111, (d, r) -> changeOne(d.tariffCuts(), (cut, random) -> cut.toPct().signum() == 0 ? null
                : new TariffCutInput(cut.hsCode(), cut.fromPct(), BigDecimal.valueOf(random.nextInt(cut.toPct().intValue()))),
                r, cuts -> withCuts(d, cuts)), ScoringPropertiesTests::neverLower);
    }

    @Test
    void addingATariffCutNeverLowersAScore() {
        holds(112, (d, r) -> withCuts(d, plus(d.tariffCuts(), randomCut(r))), ScoringPropertiesTests::neverLower);
    }

    // --- written form --------------------------------------------------------------------------------

    @Test
    void splittingAPurchasesAmountChangesNothing() {
        holds(201, (d, r) -> split(d, r, p -> true, code -> code, code -> code),
                ScoringPropertiesTests::sameScoreAndExplanation);
    }

    @Test
    void splittingAPurchasesYearsChangesNothing() {
        holds(202, (d, r) -> {
            if (d.purchases().isEmpty()) {
                return null;
            }
            int i = r.nextInt(d.purchases().size());
            PurchaseInput p = d.purchases().get(i);
            if (p.years() < 2) {
                return null;
            }
            int head = 1 + r.nextInt(p.years() - 1);
            List<PurchaseInput> purchases = new ArrayList<>(d.purchases());
            purchases.set(i, new PurchaseInput(p.hsCode(), p.description(), p.addedUsdPerYear(), p.firstYear(), head,
                    p.binding()));
            purchases.add(new PurchaseInput(p.hsCode(), p.description(), p.addedUsdPerYear(), p.firstYear() + head,
                    p.years() - head, p.binding()));
            return withPurchases(d, purchases);
        }, ScoringPropertiesTests::sameScoreAndExplanation);
    }

    @Test
    void mergingTwoLinesWithTheSameTermsChangesNothing() {
        // The draft as written holds two lines with the same terms (the generated draft plus a twin of one
        // of its lines); merged, they are one line of the two amounts.
        Change addTwin = (d, r) -> d.purchases().isEmpty() ? null : withPurchases(d, plus(d.purchases(),
                amount(d.purchases().get(r.nextInt(d.purchases().size())), 1 + r.nextInt(400_000_000))));
        holds(203, addTwin, (d, r) -> {
            PurchaseInput twin = d.purchases().get(d.purchases().size() - 1);
            List<PurchaseInput> merged = new ArrayList<>(without(d.purchases(), d.purchases().size() - 1));
            for (int i = 0; i < merged.size(); i++) {
                PurchaseInput p = merged.get(i);
                if (p.hsCode().equals(twin.hsCode()) && p.firstYear().equals(twin.firstYear())
                        && p.years().equals(twin.years()) && p.binding() == twin.binding()) {
                    merged.set(i, amount(p, p.addedUsdPerYear().longValueExact() + twin.addedUsdPerYear().longValueExact()));
                    return withPurchases(d, merged);
                }
            }
            return null;
        }, ScoringPropertiesTests::sameScoreAndExplanation);
    }

    @Test
    void reorderingEveryListChangesNothing() {
        holds(204, (d, r) -> new DraftInput(shuffled(d.purchases(), r), shuffled(d.barrierRemovals(), r),
                shuffled(d.tariffCuts(), r), shuffled(d.intentions(), r)), ScoringPropertiesTests::sameScoreAndExplanation);
    }

    @Test
    void repeatingARemovalACutOrAnIntentionChangesNothing() {
        holds(205, (d, r) -> switch (r.nextInt(3)) {
            case 0 -> d.barrierRemovals().isEmpty() ? null
                    : withRemovals(d, plus(d.barrierRemovals(), d.barrierRemovals().get(r.nextInt(d.barrierRemovals().size()))));
            case 1 -> d.tariffCuts().isEmpty() ? null
                    : withCuts(d, plus(d.tariffCuts(), d.tariffCuts().get(r.nextInt(d.tariffCuts().size()))));
            default -> d.intentions().isEmpty() ? null
                    : new DraftInput(d.purchases(), d.barrierRemovals(), d.tariffCuts(),
                    plus(d.intentions(), d.intentions().get(0)));
        }, ScoringPropertiesTests::sameScoreAndExplanation);
    }

    @Test
    void splittingAPurchaseIntoSubheadingsOfTheSameProductChangesNoScore() {
        holds(206, (d, r) -> split(d, r, p -> p.hsCode().length() == 4, code -> code + "10", code -> code + "90"),
                ScoringPropertiesTests::sameScores);
    }

    // --- explained exactly, proportional, verdict ------------------------------------------------------

    @Test
    void theFiredRulesAddUpToEachConcernAndTheConcernsToTheTotal() {
        Random random = new Random(301);
        for (int i = 0; i < DRAFTS; i++) {
            DraftInput draft = randomDraft(random);
            Terms terms = randomTerms(random, random.nextInt(4) == 0);
            EvaluationResult result = score(draft, terms);
            String violation = explainedExactly(result);
            if (violation != null) {
                fail("draft %d %s with %s: %s", i, draft, terms, violation);
            }
        }
    }

    @Test
    void aOneDollarPurchaseEarnsAboutNothing() {
        // One rounding step (0.01) at most in each contribution the purchase feeds: its product group's
        // deficit points, the binding purchases, the spread and the prompt share.
        holds(302, (d, r) -> withPurchases(d, plus(d.purchases(), new PurchaseInput(
                PRODUCTS.get(r.nextInt(PRODUCTS.size())), null, BigDecimal.ONE, BASELINE_YEAR + r.nextInt(4),
                1 + r.nextInt(5), r.nextBoolean()))), (before, after) -> {
            BigDecimal total = after.score().subtract(before.score());
            if (total.compareTo(new BigDecimal("0.04")) > 0) {
                return "the total rose by " + total;
            }
            for (Concern concern : Concern.values()) {
                BigDecimal rise = concern(after, concern).subtract(concern(before, concern));
                if (rise.compareTo(new BigDecimal("0.02")) > 0) {
                    return concern + " rose by " + rise;
                }
            }
            return neverLower(before, after);
        });
    }

    @Test
    void addressesConcernsOnlyWhenEveryWindowYearReachesTheTarget() {
        Random random = new Random(303);
        int addressing = 0;
        for (int i = 0; i < DRAFTS; i++) {
            DraftInput draft = bigDraft(random);
            Terms terms = randomTerms(random, false);
            EvaluationResult result = score(draft, terms);
            if (result.verdict() == EvaluationResult.Verdict.ADDRESSES_CONCERNS) {
                addressing++;
                int target = terms.target().setScale(0, RoundingMode.FLOOR).intValueExact();
                assertThat(result.projection().years()).as("draft %d %s with %s", i, draft, terms)
                        .allSatisfy(year -> assertThat(year.ratePct()).isLessThanOrEqualTo(target));
                assertThat(result.score()).isGreaterThanOrEqualTo(BigDecimal.valueOf(50));
            }
        }
        assertThat(addressing).as("drafts that address the concerns, of %d", DRAFTS).isPositive();
    }

    // --- the machinery -----------------------------------------------------------------------------

    private void holds(int seed, Change change, Relation relation) {
        holds(seed, (d, r) -> d, change, relation);
    }

    /**
     * Checks the relation for {@link #DRAFTS} generated drafts (made ready by {@code prepare}) and their
     * changed versions; drafts the change does not apply to are skipped.
     */
    private void holds(int seed, Change prepare, Change change, Relation relation) {
        Random random = new Random(seed);
        int checked = 0;
        for (int i = 0; checked < DRAFTS; i++) {
            DraftInput draft = prepare.apply(randomDraft(random), random);
            Terms terms = randomTerms(random, false);
            long changeSeed = random.nextLong();
            DraftInput changed = draft == null ? null : change.apply(draft, new Random(changeSeed));
            if (changed == null) {
                if (i > DRAFTS * 20) {
                    fail("the change applied to only %d of %d drafts", checked, i);
                }
                continue;
            }
            checked++;
            String violation = violation(draft, changed, terms, relation);
            if (violation != null) {
                DraftInput minimal = shrink(draft, terms, change, changeSeed, relation);
                DraftInput minimalChanged = change.apply(minimal, new Random(changeSeed));
                fail("draft %d breaks the property; minimal failing pair, scored with %s:%n  draft:   %s%n  changed: %s%n  %s",
                        i, terms, minimal, minimalChanged, violation(minimal, minimalChanged, terms, relation));
            }
        }
    }

    private String violation(DraftInput draft, DraftInput changed, Terms terms, Relation relation) {
        return relation.violation(score(draft, terms), score(changed, terms));
    }

    /** Drops one item at a time while the pair still breaks the relation (the change re-applied with its seed). */
    private DraftInput shrink(DraftInput draft, Terms terms, Change change, long changeSeed, Relation relation) {
        DraftInput current = draft;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (DraftInput candidate : oneItemLess(current)) {
                DraftInput changed = change.apply(candidate, new Random(changeSeed));
                if (changed != null && violation(candidate, changed, terms, relation) != null) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    private static List<DraftInput> oneItemLess(DraftInput d) {
        List<DraftInput> less = new ArrayList<>();
        for (int i = 0; i < d.purchases().size(); i++) {
            less.add(withPurchases(d, without(d.purchases(), i)));
        }
        for (int i = 0; i < d.barrierRemovals().size(); i++) {
            less.add(withRemovals(d, without(d.barrierRemovals(), i)));
        }
        for (int i = 0; i < d.tariffCuts().size(); i++) {
            less.add(withCuts(d, without(d.tariffCuts(), i)));
        }
        for (int i = 0; i < d.intentions().size(); i++) {
            less.add(new DraftInput(d.purchases(), d.barrierRemovals(), d.tariffCuts(), without(d.intentions(), i)));
        }
        return less;
    }

    private EvaluationResult score(DraftInput draft, Terms terms) {
        return engine.evaluate(new EvaluationRequest(draft, Scenario.pakistanUs2024(), terms.target(), terms.deadline(),
                terms.parameters()));
    }

    // --- relations -----------------------------------------------------------------------------------

    private static String neverLower(EvaluationResult before, EvaluationResult after) {
        if (after.score().compareTo(before.score()) < 0) {
            return "the total fell from " + before.score() + " to " + after.score() + changedConcerns(before, after);
        }
        for (Concern concern : Concern.values()) {
            if (concern(after, concern).compareTo(concern(before, concern)) < 0) {
                return concern + " fell from " + concern(before, concern) + " to " + concern(after, concern)
                        + changedConcerns(before, after);
            }
        }
        return null;
    }

    private static String sameScores(EvaluationResult before, EvaluationResult after) {
        if (before.score().compareTo(after.score()) != 0 || before.verdict() != after.verdict()) {
            return "the total moved from " + before.score() + " to " + after.score() + changedConcerns(before, after);
        }
        for (Concern concern : Concern.values()) {
            if (concern(after, concern).compareTo(concern(before, concern)) != 0) {
                return concern + " moved from " + concern(before, concern) + " to " + concern(after, concern);
            }
        }
        return null;
    }

    private static String sameScoreAndExplanation(EvaluationResult before, EvaluationResult after) {
        String scores = sameScores(before, after);
        if (scores != null) {
            return scores;
        }
        if (!before.firedRules().equals(after.firedRules())) {
            List<EvaluationResult.FiredRule> gone = new ArrayList<>(before.firedRules());
            gone.removeAll(after.firedRules());
            List<EvaluationResult.FiredRule> come = new ArrayList<>(after.firedRules());
            come.removeAll(before.firedRules());
            return "the explanation changed: no longer " + gone + "; now " + come;
        }
        if (!before.projection().equals(after.projection()) || !before.gaps().equals(after.gaps())) {
            return "the projection or the gaps changed: " + before.projection() + " / " + after.projection();
        }
        if (!warnings(before).equals(warnings(after))) {
            return "the warnings changed: " + warnings(before) + " / " + warnings(after);
        }
        return null;
    }

    /** Warnings by code and message (their field points at a line, which a rewrite moves), repeats aside. */
    private static Set<String> warnings(EvaluationResult result) {
        Set<String> warnings = new TreeSet<>();
        result.warnings().stream().filter(w -> !REPEAT_WARNINGS.contains(w.code()))
                .forEach(w -> warnings.add(w.code() + ": " + w.message()));
        return warnings;
    }

    private static String explainedExactly(EvaluationResult result) {
        Map<Concern, BigDecimal> sums = new EnumMap<>(Concern.class);
        for (EvaluationResult.FiredRule rule : result.firedRules()) {
            sums.merge(rule.concern(), rule.points(), BigDecimal::add);
            if (rule.points().signum() < 0 && !rule.rule().endsWith("points beyond the concern's maximum are not counted")) {
                return "a rule other than a bound gave " + rule.points() + ": " + rule;
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (EvaluationResult.ConcernScore concern : result.concerns()) {
            BigDecimal fired = sums.getOrDefault(concern.concern(), BigDecimal.ZERO);
            if (fired.compareTo(concern.score()) != 0) {
                return concern.concern() + " scores " + concern.score() + " but its fired rules add up to " + fired;
            }
            if (concern.score().signum() < 0 || concern.score().compareTo(concern.maxScore()) > 0) {
                return concern.concern() + " scores " + concern.score() + ", outside 0-" + concern.maxScore();
            }
            total = total.add(concern.score());
            maxTotal = maxTotal.add(concern.maxScore());
        }
        BigDecimal expected = maxTotal.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100)).divide(maxTotal, 2, RoundingMode.HALF_UP);
        return expected.compareTo(result.score()) == 0 ? null
                : "the concerns add up to " + expected + " of 100, the score is " + result.score();
    }

    private static String changedConcerns(EvaluationResult before, EvaluationResult after) {
        StringBuilder text = new StringBuilder();
        for (Concern concern : Concern.values()) {
            if (concern(after, concern).compareTo(concern(before, concern)) != 0) {
                text.append("; ").append(concern).append(' ').append(concern(before, concern)).append(" -> ")
                        .append(concern(after, concern));
            }
        }
        return text.toString();
    }

    private static BigDecimal concern(EvaluationResult result, Concern concern) {
        return result.concerns().stream().filter(c -> c.concern() == concern).findFirst().orElseThrow().score();
    }

    // --- the generator -------------------------------------------------------------------------------

    private static DraftInput randomDraft(Random random) {
        List<PurchaseInput> purchases = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            purchases.add(randomPurchase(random));
        }
        List<BarrierRemovalInput> removals = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            removals.add(randomRemoval(random, BARRIERS.get(random.nextInt(BARRIERS.size()))));
        }
        List<TariffCutInput> cuts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            cuts.add(randomCut(random));
        }
        List<String> intentions = purchases.isEmpty() && removals.isEmpty() && cuts.isEmpty() || random.nextInt(4) == 0
                ? List.of("Buy more") : List.of();
        return new DraftInput(purchases, removals, cuts, intentions);
    }

    /** A draft with large, mostly binding purchases and firm removals: the kind that reaches a target. */
    private static DraftInput bigDraft(Random random) {
        Scenario.DraftBuilder draft = Scenario.draft();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            draft.purchase(PRODUCTS.get(random.nextInt(PRODUCTS.size())), 100_000_000L + random.nextInt(900_000_000),
                    2024 + random.nextInt(3), 1 + random.nextInt(5), random.nextInt(4) != 0);
        }
        for (String code : List.of("SPS-1", "SPS-2", "SPS-3", "BAN-1", "PHA-1")) {
            if (random.nextInt(3) != 0) {
                draft.removal(code, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)), true, random.nextInt(5) != 0);
            }
        }
        return draft.build();
    }

    private static Terms randomTerms(Random random, boolean otherWeights) {
        ParametersInput parameters = null;
        if (otherWeights) {
            Map<Concern, BigDecimal> weights = new EnumMap<>(Concern.class);
            for (Concern concern : Concern.values()) {
                weights.put(concern, BigDecimal.valueOf(random.nextInt(5000), 2));
            }
            parameters = new ParametersInput(null, null, weights);
        }
        return new Terms(BigDecimal.valueOf(TARGETS.get(random.nextInt(TARGETS.size()))),
                random.nextInt(5) == 0 ? null : DEADLINES.get(random.nextInt(DEADLINES.size())), parameters);
    }

    private static PurchaseInput randomPurchase(Random random) {
        long amount = random.nextInt(5) == 0 ? 1 + random.nextInt(10_000_000) : 1 + random.nextInt(1_500_000_000);
        return new PurchaseInput(PRODUCTS.get(random.nextInt(PRODUCTS.size())), null, BigDecimal.valueOf(amount),
                BASELINE_YEAR + random.nextInt(6), 1 + random.nextInt(5), random.nextBoolean());
    }

    private static BarrierRemovalInput randomRemoval(Random random, String code) {
        LocalDate by = random.nextInt(4) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
        return new BarrierRemovalInput(code, by, random.nextBoolean(), random.nextBoolean());
    }

    private static TariffCutInput randomCut(Random random) {
        int from = 5 + random.nextInt(60);
        return new TariffCutInput(PRODUCTS.get(random.nextInt(PRODUCTS.size())), BigDecimal.valueOf(from),
                BigDecimal.valueOf(random.nextInt(from + 1)));
    }

    // --- draft editing -------------------------------------------------------------------------------

    interface LineChange<T> {
        T apply(T line, Random random);
    }

    private static Change purchaseChange(LineChange<PurchaseInput> change) {
        return (d, r) -> changeOne(d.purchases(), change, r, purchases -> withPurchases(d, purchases));
    }

    private static Change removalChange(LineChange<BarrierRemovalInput> change) {
        return (d, r) -> changeOne(d.barrierRemovals(), change, r, removals -> withRemovals(d, removals));
    }

    private static <T> DraftInput changeOne(List<T> lines, LineChange<T> change, Random random,
                                            java.util.function.Function<List<T>, DraftInput> rebuild) {
        if (lines.isEmpty()) {
            return null;
        }
        int i = random.nextInt(lines.size());
        T changed = change.apply(lines.get(i), random);
        if (changed == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(lines);
        copy.set(i, changed);
        return rebuild.apply(copy);
    }

    /**
     * Splits the amount of one purchase line the predicate accepts in two parts of the same terms, under the
     * codes the operators give, the second part placed anywhere in the list; null when no line fits.
     */
    private static DraftInput split(DraftInput d, Random r, java.util.function.Predicate<PurchaseInput> eligible,
                                    java.util.function.UnaryOperator<String> firstCode,
                                    java.util.function.UnaryOperator<String> secondCode) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.purchases().size(); i++) {
            if (eligible.test(d.purchases().get(i)) && d.purchases().get(i).addedUsdPerYear().longValueExact() >= 2) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        PurchaseInput p = d.purchases().get(i);
        long whole = p.addedUsdPerYear().longValueExact();
        long part = 1 + r.nextLong(whole - 1);
        List<PurchaseInput> purchases = new ArrayList<>(d.purchases());
        purchases.set(i, new PurchaseInput(firstCode.apply(p.hsCode()), p.description(), BigDecimal.valueOf(part),
                p.firstYear(), p.years(), p.binding()));
        purchases.add(r.nextInt(purchases.size() + 1), new PurchaseInput(secondCode.apply(p.hsCode()), p.description(),
                BigDecimal.valueOf(whole - part), p.firstYear(), p.years(), p.binding()));
        return withPurchases(d, purchases);
    }

    private static PurchaseInput amount(PurchaseInput p, long usd) {
        return new PurchaseInput(p.hsCode(), p.description(), BigDecimal.valueOf(usd), p.firstYear(), p.years(),
                p.binding());
    }

    private static DraftInput withPurchases(DraftInput d, List<PurchaseInput> purchases) {
        return new DraftInput(purchases, d.barrierRemovals(), d.tariffCuts(), d.intentions());
    }

    private static DraftInput withRemovals(DraftInput d, List<BarrierRemovalInput> removals) {
        return new DraftInput(d.purchases(), removals, d.tariffCuts(), d.intentions());
    }

    private static DraftInput withCuts(DraftInput d, List<TariffCutInput> cuts) {
        return new DraftInput(d.purchases(), d.barrierRemovals(), cuts, d.intentions());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
