package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
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
                .body("otherSide", equalTo("US"));
    }

    @Test
    void rejectsAnInvalidNegotiationNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Bad", "ourSide", "Pakistan", "otherSide", "US",
                        "targetRatePct", 15, "baselineYear", 2024))
                .when().post("/api/v1/negotiations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("ourSide")));
    }
}
