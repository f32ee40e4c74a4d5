package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.api.PurchaseInput;
import org.tradedeal.rules.api.TariffCutInput;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over generated drafts (seeded, so a failure reproduces): more purchases never lower the
 * deficit score, one more listed barrier removed never lowers the barrier score, every score stays in
 * its range, and the same input gives the same output.
 */
@QuarkusTest
class ScoringPropertiesTests {

    private static final int DRAFTS = 300;
    private static final List<String> PRODUCTS = List.of("5201", "1201", "2709", "2711", "7204", "2701", "8471", "0802",
            "1001", "3004", "52", "84", "870323");
    private static final List<String> BARRIERS = List.of("TAR-1", "TAR-2", "SRO-1", "LIC-1", "BAN-1", "BAN-2", "BAN-3",
            "CUS-1", "CUS-2", "SPS-1", "SPS-2", "SPS-3", "TBT-1", "PHA-1", "IP-1", "IP-2", "IP-3", "DIG-1", "DIG-2",
            "INV-1", "SOE-1");

    @Inject
    ScoringEngine engine;

    @Test
    void morePurchasesNeverLowerTheDeficitScore() {
        Random random = new Random(1);
        for (int i = 0; i < DRAFTS; i++) {
            DraftInput draft = randomDraft(random);
            List<PurchaseInput> more = new ArrayList<>(draft.purchases());
            more.add(randomPurchase(random));
            DraftInput bigger = new DraftInput(more, draft.barrierRemovals(), draft.tariffCuts(), draft.intentions());

            assertThat(concern(score(bigger), Concern.DEFICIT)).as("draft %d: %s", i, bigger)
                    .isGreaterThanOrEqualTo(concern(score(draft), Concern.DEFICIT));
        }
    }

    @Test
    void removingOneMoreListedBarrierNeverLowersTheBarrierScore() {
        Random random = new Random(2);
        for (int i = 0; i < DRAFTS; i++) {
            DraftInput draft = randomDraft(random);
            List<String> removed = draft.barrierRemovals().stream().map(BarrierRemovalInput::barrierCode).toList();
            List<String> left = BARRIERS.stream().filter(code -> !removed.contains(code)).toList();
            if (left.isEmpty()) {
                continue;
            }
            List<BarrierRemovalInput> more = new ArrayList<>(draft.barrierRemovals());
            more.add(randomRemoval(random, left.get(random.nextInt(left.size()))));
            DraftInput bigger = new DraftInput(draft.purchases(), more, draft.tariffCuts(), draft.intentions());

            assertThat(concern(score(bigger), Concern.BARRIERS)).as("draft %d: %s", i, bigger)
                    .isGreaterThanOrEqualTo(concern(score(draft), Concern.BARRIERS));
        }
    }

    @Test
    void everyScoreStaysInItsRange() {
        Random random = new Random(3);
        for (int i = 0; i < DRAFTS; i++) {
            EvaluationResult result = score(randomDraft(random));

            assertThat(result.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            result.concerns().forEach(c -> assertThat(c.score()).as(c.concern().name()).isBetween(BigDecimal.ZERO, c.maxScore()));
        }
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        Random random = new Random(4);
        for (int i = 0; i < DRAFTS / 3; i++) {
            DraftInput draft = randomDraft(random);
            EvaluationResult first = score(draft);
            EvaluationResult second = score(draft);

            assertThat(second).usingRecursiveComparison().ignoringFields("durationMicros").isEqualTo(first);
        }
    }

    private EvaluationResult score(DraftInput draft) {
        return engine.evaluate(Scenario.request(draft));
    }

    private static BigDecimal concern(EvaluationResult result, Concern concern) {
        return result.concerns().stream().filter(c -> c.concern() == concern).findFirst().orElseThrow().score();
    }

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
            int from = 5 + random.nextInt(60);
            cuts.add(new TariffCutInput(PRODUCTS.get(random.nextInt(PRODUCTS.size())), BigDecimal.valueOf(from),
                    BigDecimal.valueOf(random.nextInt(from + 1))));
        }
        List<String> intentions = purchases.isEmpty() && removals.isEmpty() && cuts.isEmpty()
                ? List.of("Buy more") : List.of();
        return new DraftInput(purchases, removals, cuts, intentions);
    }

    private static PurchaseInput randomPurchase(Random random) {
        return new PurchaseInput(PRODUCTS.get(random.nextInt(PRODUCTS.size())), null,
                BigDecimal.valueOf(1 + random.nextInt(1_500_000_000)), 2024 + random.nextInt(6), 1 + random.nextInt(5),
                random.nextBoolean());
    }

    private static BarrierRemovalInput randomRemoval(Random random, String code) {
        LocalDate by = random.nextInt(4) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
        return new BarrierRemovalInput(code, by, random.nextBoolean(), random.nextBoolean());
    }
}
