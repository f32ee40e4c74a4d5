package org.tradedeal.rules;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * What an operator relies on: health and metrics on the management port (never on the API's), the
 * evaluation time by size of draft, and the trace id in every problem-details answer.
 */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class OperationsTests {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAnswerOnTheManagementPortAndNotOnTheApiPort() {
        given().get(readiness).then().statusCode(200).body("checks.name", hasItem("Rule base"));
        given().get(metrics).then().statusCode(200);

        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anEvaluationIsTimedUnderTheBandOfItsCommitments() throws IOException {
        // three purchases and two barrier removals: the band 1-5
        double before = count("rules_evaluations_seconds_count", "commitments=\"1-5\"");

        given().contentType(ContentType.JSON).body(Files.readString(Path.of("examples/july-2025-package.json")))
                .post("/api/v1/evaluations").then().statusCode(200);

        assertThat(count("rules_evaluations_seconds_count", "commitments=\"1-5\"")).isEqualTo(before + 1);
        assertThat(metrics()).contains("rules_evaluations_seconds_bucket{commitments=\"1-5\",le=\"0.005\"}")
                .contains("rules_evaluations_seconds_count{commitments=\"101+\"}");
    }

    @Test
    void aProblemNamesTheTraceOfItsRequest() {
        given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body("{}")
                .post("/api/v1/evaluations")
                .then().statusCode(400).body("traceId", is(TRACE_ID));
    }

    private String metrics() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    private double count(String name, String labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)").matcher(metrics());
        assertThat(line.find()).as(name + "{" + labels + "} in /q/metrics").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
