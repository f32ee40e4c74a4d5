package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class FormulaResourceTests {

    @Test
    void answersTheContractFieldsForThePublishedPakistanPair() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\":5107479000,\"usExportsUsd\":2150000000}")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(200)
                .body("deficitRatioPct", equalTo(57.9f))
                .body("chargedPct", equalTo(58))
                .body("ratePct", equalTo(29))
                .body("epsilon", equalTo(4))
                .body("phi", equalTo(0.25f));
    }

    @Test
    void usesTheGivenEpsilonAndPhi() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\":5107479000,\"usExportsUsd\":2150000000,\"epsilon\":4,\"phi\":0.945}")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(200)
                .body("chargedPct", equalTo(15))
                .body("ratePct", equalTo(10))
                .body("floorApplied", equalTo(true));
    }

    @Test
    void namesEachBadFieldOfACalculatorRequest() {
        given().contentType(ContentType.JSON).body("{\"usExportsUsd\":-1,\"phi\":0}")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("usImportsUsd", "usExportsUsd", "phi"));
    }

    @Test
    void refusesAbsurdlyLargeNumbersBeforeComputingWithThem() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\":1e999999999,\"usExportsUsd\":1,\"epsilon\":1e-999999999}")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(400)
                .body("violations.field", hasItems("usImportsUsd", "epsilon"));
    }

    @Test
    void answersMalformedJsonWithAStableProblemType() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\": 5107479000, ")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:malformed-request"));
    }

    @Test
    void namesTheFieldOfJsonThatDoesNotFit() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\": [1], \"usExportsUsd\": 1}")
                .when().post("/api/v1/formula/reciprocal-rate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:malformed-request"))
                .body("field", equalTo("usImportsUsd"));
    }

    @Test
    void theInverseIsExactToTheDollarAndItsAllocationAddsUp() {
        var response = given().contentType(ContentType.JSON).body("""
                        {"usImportsUsd":5107479000,"usExportsUsd":2100000000,"targetRatePct":19,
                         "allocation":[{"hsCode":"5201","share":0.5},{"hsCode":"1201","share":0.3},{"hsCode":"2711","share":0.2}]}""")
                .when().post("/api/v1/formula/reciprocal-rate/inverse")
                .then().statusCode(200)
                .body("additionalExportsUsd", equalTo(1066636980))
                .body("requiredExportsUsd", equalTo(3166636980L))
                .body("atAnswer.ratePct", equalTo(19))
                .body("oneDollarLess.ratePct", equalTo(20))
                .body("allocation[0].description", equalTo("Cotton, not carded or combed"))
                .extract().jsonPath();

        List<Number> parts = response.getList("allocation.additionalUsd", Number.class);
        assertEquals(1066636980L, parts.stream().mapToLong(Number::longValue).sum());
    }

    @Test
    void rejectsATargetBelowTheFloor() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\":5107479000,\"usExportsUsd\":2100000000,\"targetRatePct\":8}")
                .when().post("/api/v1/formula/reciprocal-rate/inverse")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:target-below-floor"))
                .body("violations[0].field", equalTo("targetRatePct"));
    }

    @Test
    void rejectsSharesThatDoNotSumToOne() {
        given().contentType(ContentType.JSON).body("""
                        {"usImportsUsd":5107479000,"usExportsUsd":2100000000,"targetRatePct":19,
                         "allocation":[{"hsCode":"5201","share":0.5},{"hsCode":"1201","share":0.4}]}""")
                .when().post("/api/v1/formula/reciprocal-rate/inverse")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:invalid-shares"))
                .body("sharesSum", equalTo(0.9f));
    }

    @Test
    void namesEachProductThatAppearsTwiceInAnAllocation() {
        given().contentType(ContentType.JSON).body("""
                        {"usImportsUsd":5107479000,"usExportsUsd":2100000000,"targetRatePct":19,
                         "allocation":[{"hsCode":"5201","share":0.5},{"hsCode":"1201","share":0.3},{"hsCode":"5201","share":0.2}]}""")
                .when().post("/api/v1/formula/reciprocal-rate/inverse")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("allocation[2].hsCode"))
                .body("violations[0].message", equalTo("product 5201 appears more than once"));
    }

    @Test
    void needsNothingWhenTheFiguresAlreadyMeetTheTarget() {
        given().contentType(ContentType.JSON).body("{\"usImportsUsd\":68100000000,\"usExportsUsd\":79900000000,\"targetRatePct\":10}")
                .when().post("/api/v1/formula/reciprocal-rate/inverse")
                .then().statusCode(200)
                .body("additionalExportsUsd", equalTo(0))
                .body("alreadyMet", equalTo(true))
                .body("oneDollarLess", nullValue());
    }
}
