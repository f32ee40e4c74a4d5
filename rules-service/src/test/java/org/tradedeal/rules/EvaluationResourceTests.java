package org.tradedeal.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.support.Scenario;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class EvaluationResourceTests {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void scoresTheSeedDraftAndSaysWhichRulesetDidIt() {
        given().contentType(ContentType.JSON).body(json(Scenario.request(Scenario.july2025Package())))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .header("X-Ruleset-Version", is("2.0.0"))
                .body("verdict", is("PARTIALLY_ADDRESSES"))
                .body("concerns.concern", hasItems("DEFICIT", "BARRIERS", "TARIFFS", "CREDIBILITY", "BALANCE"))
                .body("score", is(58.15f))
                .body("projection.ratePct", is(22))
                .body("projection.windowFirstYear", is(2025))
                .body("projection.years.year", contains(2025, 2026, 2027))
                .body("gaps.additionalPurchasesUsd", is(246636980))
                .body("firedRules.rule", hasItem("Purchases of a product group cover part of the window's need"))
                .body("firedRules.reason", everyItem(not(emptyOrNullString())))
                .body("ruleset.version", is("2.0.0"))
                .body("ruleset.contentHash", startsWith("sha256:"))
                .body("dataVintage", is("sha256:seed"));
    }

    @Test
    void ignoresTheBaselineFieldsItDoesNotUse() {
        ObjectNode request = JSON.valueToTree(Scenario.request(Scenario.july2025Package()));
        ((ObjectNode) request.get("baseline")).put("basis", "CALENDAR_YEAR").putArray("measures").addObject()
                .put("authority", "IEEPA_RECIPROCAL");
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations").then().statusCode(200);
    }

    @Test
    void namesEveryBadFieldOfAMalformedDraft() {
        ObjectNode request = JSON.valueToTree(Scenario.request(Scenario.draft()
                .purchase("52O1", 1, 2025, 0, true).cut("8471", 5, 20).build()));
        ((ObjectNode) request.at("/draft/purchases/0")).put("addedUsdPerYear", -5);
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("draft.purchases[0].hsCode", "draft.purchases[0].addedUsdPerYear",
                        "draft.purchases[0].years", "draft.tariffCuts[0].toPct"));
    }

    @Test
    void namesEveryBadEntryOfAMalformedBaseline() {
        ObjectNode request = JSON.valueToTree(Scenario.request(Scenario.july2025Package()));
        ((ObjectNode) request.at("/baseline/exportsByProduct/0")).put("hsCode", "52O1");
        ((ObjectNode) request.at("/baseline/exportsByProduct/2")).putNull("valueUsd");
        ((ObjectNode) request.at("/baseline/barriers/1")).put("code", " ").put("blockedTradeUsd", -1);
        ((com.fasterxml.jackson.databind.node.ArrayNode) request.at("/baseline/barriers")).addNull();
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", contains("baseline.barriers[1].blockedTradeUsd", "baseline.barriers[1].code",
                        "baseline.barriers[21]", "baseline.exportsByProduct[0].hsCode",
                        "baseline.exportsByProduct[2].valueUsd"));
    }

    @Test
    void refusesFiguresTheFormulaCannotComputeWithTheFieldNamed() {
        ObjectNode request = JSON.valueToTree(Scenario.request(Scenario.july2025Package()));
        ((ObjectNode) request.at("/baseline")).put("importsUsd", new java.math.BigDecimal("1e-300"))
                .put("exportsUsd", new java.math.BigDecimal("1e300"));
        request.putObject("parameters").put("epsilon", new java.math.BigDecimal("1e-300")).put("phi", 1e-300);
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("baseline.importsUsd", "baseline.exportsUsd", "parameters.epsilon",
                        "parameters.phi"));
    }

    @Test
    void refusesAPurchaseBeforeTheBaselineYear() {
        given().contentType(ContentType.JSON)
                .body(json(Scenario.request(Scenario.draft().purchase("5201", 1_000_000L, 2020, 1, true).build())))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("violations.field", hasItem("draft.purchases[0].firstYear"))
                .body("violations.message", hasItem(containsString("2024")));
    }

    @Test
    void refusesAnEmptyDraftAndAMissingBaseline() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draft", Map.of(), "targetRatePct", 19))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("violations.field", hasItems("draft", "baseline"));
    }

    @Test
    void answersMalformedJsonWithProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"draft\": [")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:malformed-request"));
    }

    @Test
    void namesTheFieldOfJsonThatDoesNotFit() {
        given().contentType(ContentType.JSON).body("{\"draft\": {\"purchases\": 5}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:malformed-request"))
                .body("field", is("draft.purchases"));
    }

    @Test
    void scoresManyDraftsInOneCallInOrder() {
        given().contentType(ContentType.JSON)
                .body(json(List.of(Scenario.request(Scenario.july2025Package()), Scenario.request(Scenario.vagueIntentions()))))
                .when().post("/api/v1/evaluations/batch")
                .then().statusCode(200)
                .header("X-Ruleset-Version", is("2.0.0"))
                .body("$", hasSize(2))
                .body("[0].verdict", is("PARTIALLY_ADDRESSES"))
                .body("[1].verdict", is("INSUFFICIENT"));
    }

    @Test
    void theCatalogueDescribesEveryRuleWithItsConcern() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .header("X-Ruleset-Version", is("2.0.0"))
                .header("X-Ruleset-Name", is("trade-deal-scoring"))
                .header("X-Ruleset-Content-Hash", startsWith("sha256:"))
                .body("size()", greaterThan(20))
                .body("concern", everyItem(in(List.of("DEFICIT", "BARRIERS", "TARIFFS", "CREDIBILITY", "BALANCE"))))
                .body("description", everyItem(not(emptyOrNullString())))
                .body("name", hasItems("Purchase of a product a barrier left in place blocks",
                        "Deficit points beyond the concern's maximum are not counted"))
                .body("[0].concern", is("DEFICIT"));
    }

    @Test
    void refusesTheRemovalOfABarrierTheBaselineDoesNotKnow() {
        given().contentType(ContentType.JSON)
                .body(json(Scenario.request(Scenario.draft().removal("SPS-2", null, true, true)
                        .removal("SPS-9", null, true, true).build())))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", contains("draft.barrierRemovals[1].barrierCode"));
    }

    @Test
    void namesTheRequestOfABatchThatHoldsABadField() {
        given().contentType(ContentType.JSON)
                .body(json(List.of(Scenario.request(Scenario.july2025Package()),
                        Scenario.request(Scenario.draft().purchase("5201", 1_000_000L, 2020, 1, true).build()))))
                .when().post("/api/v1/evaluations/batch")
                .then().statusCode(400)
                .body("violations.field", contains("[1].draft.purchases[0].firstYear"));
    }

    @Test
    void echoesJsonForTheBenchmark() {
        given().contentType(ContentType.JSON).body(Map.of("a", 1))
                .when().post("/api/v1/echo")
                .then().statusCode(200).body("a", is(1));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
