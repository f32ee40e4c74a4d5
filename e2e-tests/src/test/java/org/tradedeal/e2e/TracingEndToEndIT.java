package org.tradedeal.e2e;

import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradedeal.e2e.OtlpReceiver.ReceivedSpan;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * An operator follows a draft through the three services: one trace spans negotiation-service,
 * trade-data-service and rules-service for a submission; a draft kept waiting through a rules-service
 * outage is scored by the worker's retry in that same trace; and a problem-details answer names the trace
 * of its request. The services export to the test's OTLP receiver (see {@link RunningSuite}).
 */
@ExtendWith(SuiteExtension.class)
class TracingEndToEndIT {

    private static final Duration EXPORTED = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static RunningSuite suite;
    private static Negotiator negotiator;

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
        negotiator = new Negotiator(running);
    }

    @Test
    void oneTraceFollowsASubmissionThroughTheThreeServices() {
        long draft = negotiator.createDraft("Cotton, traced");
        String traceId = newTraceId();

        negotiator.api().header("traceparent", traceparent(traceId))
                .post("/api/v1/drafts/" + draft + "/versions/1/submission").then().statusCode(200);

        // the services export as their spans end: wait until the whole trace is in
        await().atMost(EXPORTED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<ReceivedSpan> trace = suite.traces().trace(traceId);
            ReceivedSpan attempt = scoringAttempt(trace, draft, 1)
                    .orElseThrow(() -> new AssertionError("no scoring attempt exported yet"));
            assertThat(parentOf(trace, attempt)).as("the submission's request").hasValueSatisfying(parent -> {
                assertThat(parent.service()).isEqualTo("negotiation-service");
                assertThat(parent.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
            });
            for (String downstream : List.of("trade-data-service", "rules-service")) {
                assertThat(serverSpans(trace, downstream)).as(downstream + " called within the scoring attempt")
                        .singleElement().satisfies(served -> assertThat(ancestors(trace, served)).contains(attempt));
            }
        });
        print("submission of draft " + draft, suite.traces().trace(traceId));
    }

    @Test
    void theWorkersRetryAfterARulesServiceOutageJoinsTheTraceOfTheSubmission() throws IOException {
        long draft = negotiator.createDraft("Cotton, traced through an outage");
        String traceId = newTraceId();

        suite.stop("rules-service");
        try {
            negotiator.api().header("traceparent", traceparent(traceId))
                    .post("/api/v1/drafts/" + draft + "/versions/1/submission").then().statusCode(202);
            // an operator sees which downstream is missing, while the service itself stays ready
            given().baseUri(suite.managementUrl("negotiation-service")).get("/q/health/group/downstreams")
                    .then().statusCode(503).body("checks.find { it.name == 'rules-service' }.status", is("DOWN"));
            given().baseUri(suite.managementUrl("negotiation-service")).get("/q/health/ready").then().statusCode(200);
        } finally {
            suite.start("rules-service");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                negotiator.api().get("/api/v1/drafts/" + draft + "/versions/1").then().body("status", is("SCORED")));

        await().atMost(EXPORTED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<ReceivedSpan> trace = suite.traces().trace(traceId);
            assertThat(scoringAttempt(trace, draft, 1)).as("the submission's own attempt").hasValueSatisfying(first ->
                    assertThat(first.attributes()).containsEntry("scoring.outcome", "pending"));
            ReceivedSpan retry = trace.stream()
                    .filter(span -> isScoringAttempt(span, draft) && "scored".equals(span.attributes().get("scoring.outcome")))
                    .findFirst().orElseThrow(() -> new AssertionError("no scored retry exported yet"));
            assertThat(Integer.parseInt(retry.attributes().get("scoring.attempt"))).as("the worker's retry").isGreaterThan(1);
            assertThat(serverSpans(trace, "rules-service")).as("rules-service scored it within the retry")
                    .anySatisfy(served -> assertThat(ancestors(trace, served)).contains(retry));
        });
        print("submission of draft " + draft + " through a rules-service outage", suite.traces().trace(traceId));
        // and the logs of the submission carry the same trace id
        assertThat(Files.readAllLines(suite.log("negotiation-service")))
                .anyMatch(line -> line.contains("\"traceId\":\"" + traceId + "\""));
    }

    @Test
    void aProblemDetailsAnswerNamesTheTraceOfItsRequest() {
        // an administrator's (who may create negotiations) invalid one
        String traceId = suite.api("negotiation-service", Users.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "", "ourSide", "PK", "otherSide", "US", "targetRatePct", 150, "baselineYear", 2024))
                .post("/api/v1/negotiations")
                .then().statusCode(400).body("traceId", matchesPattern("[0-9a-f]{32}"))
                .extract().path("traceId");

        await().atMost(EXPORTED).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(suite.traces().trace(traceId)).anySatisfy(span -> {
                    assertThat(span.service()).isEqualTo("negotiation-service");
                    assertThat(span.kind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
                    assertThat(span.attributes()).containsEntry("http.response.status_code", "400");
                }));
    }

    private static Optional<ReceivedSpan> scoringAttempt(List<ReceivedSpan> trace, long draft, int attempt) {
        return trace.stream()
                .filter(span -> isScoringAttempt(span, draft)
                        && String.valueOf(attempt).equals(span.attributes().get("scoring.attempt")))
                .findFirst();
    }

    private static boolean isScoringAttempt(ReceivedSpan span, long draft) {
        return span.name().equals("score draft") && String.valueOf(draft).equals(span.attributes().get("draft.id"));
    }

    private static List<ReceivedSpan> serverSpans(List<ReceivedSpan> trace, String service) {
        return trace.stream()
                .filter(span -> span.service().equals(service) && span.kind() == Span.SpanKind.SPAN_KIND_SERVER)
                .toList();
    }

    private static Optional<ReceivedSpan> parentOf(List<ReceivedSpan> trace, ReceivedSpan span) {
        return trace.stream().filter(candidate -> candidate.spanId().equals(span.parentSpanId())).findFirst();
    }

    private static List<ReceivedSpan> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        return parentOf(trace, span).map(parent -> {
            List<ReceivedSpan> line = new java.util.ArrayList<>(List.of(parent));
            line.addAll(ancestors(trace, parent));
            return line;
        }).orElse(List.of());
    }

    /** The trace as an operator's trace view shows it, in the test's output: service, span, parent. */
    private static void print(String what, List<ReceivedSpan> trace) {
        StringBuilder tree = new StringBuilder("Trace " + trace.get(0).traceId() + " (" + what + "):\n");
        trace.stream().filter(span -> parentOf(trace, span).isEmpty()).forEach(root -> append(tree, trace, root, 1));
        System.out.print(tree);
    }

    private static void append(StringBuilder tree, List<ReceivedSpan> trace, ReceivedSpan span, int depth) {
        tree.append("  ".repeat(depth)).append(span.service()).append(" | ").append(span.name())
                .append(" | ").append(span.kind().name().replace("SPAN_KIND_", "").toLowerCase())
                .append(span.attributes().containsKey("scoring.attempt") ? " | attempt " + span.attributes().get("scoring.attempt")
                        + " " + span.attributes().get("scoring.outcome") : "")
                .append('\n');
        trace.stream().filter(child -> child.parentSpanId().equals(span.spanId()))
                .forEach(child -> append(tree, trace, child, depth + 1));
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** The header a caller that traces its own work sends along (its span id is made up here). */
    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
    }
}
