package org.tradedeal.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * The negotiator's journey through the real services, logged in as Pakistan's negotiator: the seed drafts are
 * scored, the July 2025 package clearly outscores vague intentions, and a draft submitted while rules-service is
 * down is kept and scored after its restart.
 */
@ExtendWith(SuiteExtension.class)
class SuiteEndToEndIT {

    private static RunningSuite suite;

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
    }

    @Test
    void theJuly2025PackageClearlyOutscoresVagueIntentions() {
        long negotiation = seedNegotiation();
        JsonPath drafts = negotiationApi().get("/api/v1/negotiations/" + negotiation + "/drafts").then()
                .statusCode(200).extract().jsonPath();
        long vague = drafts.getLong("find { it.title == 'Vague intentions' }.id");
        long deal = drafts.getLong("find { it.title == 'July 2025 package' }.id");

        JsonPath vagueScore = submit(vague);
        JsonPath dealScore = submit(deal);

        assertThat(dealScore.getDouble("latestEvaluation.score"))
                .isGreaterThan(vagueScore.getDouble("latestEvaluation.score") + 20);
        assertThat(vagueScore.getString("latestEvaluation.verdict")).isEqualTo("INSUFFICIENT");
        // The figures the README's tour gives (ruleset 2.0.0): the seed data scored by the real services.
        assertThat(dealScore.getString("latestEvaluation.ruleset.version")).isEqualTo("2.0.0");
        assertThat(dealScore.getDouble("latestEvaluation.score")).isEqualTo(58.15);
        assertThat(dealScore.getString("latestEvaluation.verdict")).isEqualTo("PARTIALLY_ADDRESSES");
        assertThat(dealScore.getLong("latestEvaluation.result.gaps.additionalPurchasesUsd")).isEqualTo(246_636_980L);
        assertThat(dealScore.getString("latestEvaluation.dataVintage"))
                .isEqualTo(vagueScore.getString("latestEvaluation.dataVintage"));
        // Vague intentions add no purchases: the gap is what it takes to get from the 2024 data to 19%,
        // which is what trade-data-service's inverse formula says on the same data.
        long inverse = suite.api("trade-data-service", Users.ANALYST).contentType(ContentType.JSON)
                .body(Map.of("reporter", "US", "partner", "PK", "year", 2024, "targetRatePct", 19))
                .post("/api/v1/reciprocal-rates/inverse")
                .then().statusCode(200).extract().jsonPath().getLong("result.additionalExportsUsd");
        assertThat(inverse).isEqualTo(1_066_636_980L);
        assertThat(vagueScore.getLong("latestEvaluation.result.gaps.additionalPurchasesUsd")).isEqualTo(inverse);
    }

    @Test
    void aDraftSubmittedWhileRulesServiceIsDownIsKeptAndScoredAfterItsRestart() {
        long negotiation = seedNegotiation();
        long draft = negotiationApi().contentType(ContentType.JSON)
                .body(Map.of("title", "Cotton while rules-service is down",
                        "content", Map.of("purchases", List.of(Map.of("hsCode", "5201", "addedUsdPerYear", 400_000_000,
                                "firstYear", 2025, "years", 2, "binding", true)))))
                .post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        suite.stop("rules-service");
        try {
            negotiationApi().post("/api/v1/drafts/" + draft + "/versions/1/submission")
                    .then().statusCode(202).body("status", is("SCORING_PENDING"));
        } finally {
            suite.start("rules-service");
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                negotiationApi().get("/api/v1/drafts/" + draft + "/versions/1").then()
                        .statusCode(200).body("status", is("SCORED")));
        negotiationApi().get("/api/v1/drafts/" + draft + "/versions/1/evaluations").then()
                .statusCode(200).body("size()", is(1));
    }

    private static long seedNegotiation() {
        return negotiationApi().get("/api/v1/negotiations").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == 'Pakistan-US reciprocal tariff talks' }.id");
    }

    /**
     * Submits the draft's first version and answers it once scored: at once (200), or, when a downstream
     * is still recovering from another test's outage, after the scoring worker got to it (202).
     */
    private static JsonPath submit(long draft) {
        int status = negotiationApi().post("/api/v1/drafts/" + draft + "/versions/1/submission")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 202)).extract().statusCode();
        if (status == 202) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    negotiationApi().get("/api/v1/drafts/" + draft + "/versions/1").then().body("status", is("SCORED")));
        }
        return negotiationApi().get("/api/v1/drafts/" + draft + "/versions/1")
                .then().statusCode(200).body("status", is("SCORED")).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification negotiationApi() {
        return suite.api("negotiation-service", Users.PK_NEGOTIATOR);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
