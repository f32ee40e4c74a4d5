package org.tradedeal.tradedata;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Health and metrics answer on the management port, and only there: the API port serves the API alone. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class HealthTests {

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void livenessAnswersWithoutTheDatabase() {
        given().when().get(liveness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("trade-data-service"))
                .body("checks.name", not(hasItem("Database connections health check")));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        given().get(metrics).then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }
}
