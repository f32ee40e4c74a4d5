package org.tradedeal.negotiation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.Scrape;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.net.URL;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * What an operator relies on: health and metrics on the management port only, whether each downstream
 * answers (a health group apart from readiness), the scoring backlog and outcomes, the downstream calls and
 * their circuit breakers as metrics, and the trace id in problem-details answers.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class OperationsTests extends StubbedDownstreams {

    private static final String TRACE_ID = "5c1d2e3f405162738495a6b7c8d9e0f1";

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "health/group/downstreams", management = true)
    URL downstreamStatus;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAnswerOnTheManagementPortAndNotOnTheApiPort() {
        given().get(readiness).then().statusCode(200);
        given().get(metrics).then().statusCode(200);

        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theDownstreamStatusSaysWhichDownstreamDoesNotAnswerWhileReadinessStaysUp() {
        answersPings();
        given().get(downstreamStatus).then().statusCode(200)
                .body("checks.name", hasItems("trade-data-service", "rules-service"))
                .body("checks.status", not(hasItem("DOWN")));

        downstreams.stubFor(get(urlPathEqualTo("/api/v1/rules")).willReturn(Stubs.problem(503, "rules-service is down")));

        given().get(downstreamStatus).then().statusCode(503)
                .body("checks.find { it.name == 'rules-service' }.status", is("DOWN"))
                .body("checks.find { it.name == 'trade-data-service' }.status", is("UP"));
        given().get(readiness).then().statusCode(200)
                .body("checks.name", not(hasItems("rules-service")));
    }

    @Test
    void aDraftKeptWaitingShowsInTheBacklogByStatusAndAgeOfTheOldest() {
        Stubs.rules(downstreams, Stubs.problem(503, "rules-service is down"));
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(202).body("status", is("SCORING_PENDING"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(Scrape.value(metrics, "negotiation_scoring_backlog_requests{status=\"SCORING_PENDING\"}"))
                        .isGreaterThanOrEqualTo(1));
        assertThat(Scrape.value(metrics, "negotiation_scoring_backlog_oldest_age_seconds{status=\"SCORING_PENDING\"}"))
                .isGreaterThan(0);
        assertThat(Scrape.of(metrics))
                .contains("negotiation_scoring_backlog_requests{status=\"SUBMITTED\"}")
                .contains("negotiation_scoring_backlog_oldest_age_seconds{status=\"SUBMITTED\"}");
    }

    @Test
    void scoringOutcomesDownstreamCallsAndBreakerStatesAreMetrics() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);

        String scrape = Scrape.of(metrics);
        assertThat(Scrape.value(metrics, "negotiation_scoring_attempts_total{outcome=\"scored\"}")).isGreaterThanOrEqualTo(1);
        assertThat(scrape)
                .containsPattern("http_client_requests_seconds_count\\{[^}]*uri=\"/api/v1/baselines\"")
                .containsPattern("http_client_requests_seconds_count\\{[^}]*uri=\"/api/v1/evaluations\"")
                .containsPattern("http_client_requests_seconds_bucket\\{clientName=\"rules\"[^}]*uri=\"/api/v1/evaluations\",le=\"0.1\"}")
                .contains("ft_circuitbreaker_state_current{method=\"org.tradedeal.negotiation.client.RulesGateway.evaluate\",state=\"open\"}")
                .contains("ft_circuitbreaker_state_current{method=\"org.tradedeal.negotiation.client.TradeDataGateway.baseline\",state=\"closed\"}");
    }

    @Test
    void aProblemNamesTheTraceOfItsRequestSoAnErrorReportLeadsToTheTrace() {
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .get("/api/v1/drafts/987654321")
                .then().statusCode(404).body("traceId", is(TRACE_ID));
    }

    private void answersPings() {
        downstreams.stubFor(get(urlPathEqualTo("/api/v1/partners")).willReturn(Stubs.okBody("[]")));
        downstreams.stubFor(get(urlPathEqualTo("/api/v1/rules")).willReturn(Stubs.okBody("[]")));
    }
}
