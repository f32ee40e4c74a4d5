package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.tradedeal.negotiation.support.Numbers.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class ComparisonAndDashboardTests extends StubbedDownstreams {

    @Test
    void comparesTheTradeTermsOfTwoVersions() {
        long draft = Api.createDraft(Api.openNegotiation());
        // v1: cotton 500 M/yr for 3 years, SPS-2 removed. v2: cotton 600 M/yr, soybeans 300 M/yr for 2
        // years, SPS-1 removed instead of SPS-2, a tariff cut on computers.
        Map<String, Object> v2 = Map.of(
                "purchases", List.of(Api.purchase("5201", 600_000_000L, 2025, 3), Api.purchase("1201", 300_000_000L, 2025, 2)),
                "barrierRemovals", List.of(Api.removal("SPS-1")),
                "tariffCuts", List.of(Map.of("hsCode", "8471", "fromPct", 20, "toPct", 5)));
        DraftResourceTests.edit(draft, 1, v2).statusCode(201);

        given().queryParam("otherVersion", 2)
                .when().get("/api/v1/drafts/" + draft + "/versions/1/comparison")
                .then().statusCode(200)
                .body("terms.purchases.hsCode", contains("1201", "5201"))
                .body("terms.purchases.change", contains("ADDED", "CHANGED"))
                .body("terms.purchases[1].perYearDeltaUsd", is(100_000_000))
                .body("terms.purchases[0].totalDeltaUsd", is(600_000_000))
                .body("terms.purchasesPerYearDeltaUsd", is(400_000_000))
                .body("terms.purchasesTotalDeltaUsd", is(900_000_000))
                .body("terms.barriersAdded", contains("SPS-1"))
                .body("terms.barriersRemoved", contains("SPS-2"))
                .body("terms.tariffCuts[0].change", is("ADDED"))
                .body("scores", nullValue());
    }

    @Test
    void comparesTheScoresOfTwoScoredDraftsPerConcern() {
        long negotiation = Api.openNegotiation();
        long first = Api.createDraft(negotiation);
        long second = Api.createDraft(negotiation);
        Api.submit(first, 1).statusCode(200);
        Stubs.rules(downstreams, Stubs.okBody(Stubs.laterEvaluation("2.0.0", "sha256:stub-vintage-1")));
        Api.submit(second, 1).statusCode(200);

        given().queryParam("otherDraft", second).queryParam("otherVersion", 1)
                .when().get("/api/v1/drafts/" + first + "/versions/1/comparison")
                .then().statusCode(200)
                .body("scores.delta", number(6))
                .body("scores.concerns.find { it.concern == 'BARRIERS' }.delta", number(6))
                .body("terms.purchases", empty());
    }

    @Test
    void theDashboardShowsTheBestDraftAndItsGapToTheTarget() {
        long negotiation = Api.openNegotiation();
        RoadmapTests.addMilestone(negotiation, "DEADLINE", "Suspension ends", "2025-07-09", "PLANNED", null);
        long weaker = Api.createDraft(negotiation);
        long stronger = Api.createDraft(negotiation);
        long unscored = Api.createDraft(negotiation);
        Api.submit(weaker, 1).statusCode(200);
        Stubs.rules(downstreams, Stubs.okBody(Stubs.laterEvaluation("2.0.0", "sha256:stub-vintage-1")));
        Api.submit(stronger, 1).statusCode(200);

        given().queryParam("asOf", "2025-07-01")
                .when().get("/api/v1/negotiations/" + negotiation + "/dashboard")
                .then().statusCode(200)
                .body("milestonesDue.milestone.title", contains("Suspension ends"))
                .body("roadmap.atRisk", is(1))
                .body("drafts.draftId", contains((int) weaker, (int) stronger, (int) unscored))
                .body("drafts.score", contains(58.15f, 64.15f, null))
                .body("bestDraft.draftId", is((int) stronger))
                .body("gapOfBestDraft.targetRatePct", is(19.0f))
                .body("gapOfBestDraft.projectedRatePct", is(22))
                .body("gapOfBestDraft.targetReached", is(false))
                .body("gapOfBestDraft.additionalPurchasesUsd", is(246636980))
                .body("gapOfBestDraft.unaddressedBarriers.code", contains("IP-1"));
    }
}
