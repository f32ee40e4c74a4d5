package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class NegotiationResourceTests {

    @Test
    void opensANegotiationAndFindsItAgain() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Test talks", "ourSide", "PK", "otherSide", "US",
                        "targetRatePct", 15, "deadline", "2025-07-09", "baselineYear", 2024))
                .when().post("/api/v1/negotiations")
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("title", equalTo("Test talks"))
                .body("otherSide", equalTo("US"))
                .body("targetRatePct", equalTo(15.0f));
    }

    @Test
    void rejectsAnInvalidNegotiationNamingEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "", "ourSide", "Pakistan", "otherSide", "US",
                        "targetRatePct", 150, "baselineYear", 2024))
                .when().post("/api/v1/negotiations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItem("ourSide"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("targetRatePct"));
    }

    @Test
    void rejectsANegotiationWithItselfAsTheOtherSide() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Mirror", "ourSide", "PK", "otherSide", "PK",
                        "targetRatePct", 10, "baselineYear", 2024))
                .when().post("/api/v1/negotiations")
                .then().statusCode(400)
                .body("violations.field", hasItem("otherSide"));
    }

    @Test
    void answersMalformedJsonWithProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/negotiations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:malformed-request"));
    }

    @Test
    void namesTheFieldOfJsonThatDoesNotFit() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"ourSide\": [\"PK\"]}")
                .when().post("/api/v1/negotiations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:malformed-request"))
                .body("field", equalTo("ourSide"));
    }

    @Test
    void updatesANegotiationBasedOnTheCurrentVersion() {
        long id = Api.openNegotiation();
        Map<String, Object> change = update(id, 0);
        change.put("targetRatePct", 15);

        given().contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/negotiations/" + id)
                .then().statusCode(200)
                .body("targetRatePct", equalTo(15.0f))
                .body("version", equalTo(1));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        long id = Api.openNegotiation();
        given().contentType(ContentType.JSON).body(update(id, 0))
                .when().put("/api/v1/negotiations/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).body(update(id, 0))
                .when().put("/api/v1/negotiations/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:stale-version"))
                .body("currentVersion", equalTo(1));
    }

    @Test
    void requiresTheVersionOnUpdate() {
        long id = Api.openNegotiation();
        Map<String, Object> change = update(id, 0);
        change.remove("version");
        given().contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/negotiations/" + id)
                .then().statusCode(400)
                .body("violations.field", hasItem("version"));
    }

    @Test
    void deletesANegotiation() {
        long id = Api.openNegotiation();
        given().when().delete("/api/v1/negotiations/" + id).then().statusCode(204);
        given().when().get("/api/v1/negotiations/" + id).then().statusCode(404);
    }

    @Test
    void answersAnUnknownNegotiationWithProblemDetails() {
        given().when().get("/api/v1/negotiations/999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:not-found"))
                .body("detail", containsString("999999"));
    }

    private static Map<String, Object> update(long id, long version) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Test talks " + id, "ourSide", "PK",
                "otherSide", "US", "targetRatePct", 19, "deadline", "2025-07-09", "baselineYear", 2024));
        body.put("version", version);
        return body;
    }
}
