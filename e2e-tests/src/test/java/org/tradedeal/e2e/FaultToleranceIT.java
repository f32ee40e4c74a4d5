package org.tradedeal.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults on the packaged suite, with its production settings: a downstream stopped under load loses nothing
 * and the backlog is scored soon after it is back; SIGTERM lets the requests in flight finish (while a load
 * balancer, played by the test, stops sending once readiness says DOWN).
 */
@ExtendWith(SuiteExtension.class)
class FaultToleranceIT {

    private static final int BACKLOG = 400;

    private static RunningSuite suite;

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
    }

    @Test
    void aBacklogBuiltWhileRulesServiceIsDownIsScoredOnceItIsBack() throws Exception {
        long negotiation = suite.api("negotiation-service", Users.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("title", "Backlog talks", "ourSide", "PK", "otherSide", "US", "targetRatePct", 19,
                        "deadline", "2025-07-09", "baselineYear", 2024))
                .post("/api/v1/negotiations").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> drafts = inParallel(BACKLOG, i -> negotiationApi().contentType(ContentType.JSON)
                .body(Map.of("title", "Backlog draft " + i, "content", Map.of("purchases", List.of(
                        Map.of("hsCode", "5201", "addedUsdPerYear", 1_000_000L * (i + 1), "firstYear", 2025,
                                "years", 2, "binding", true)))))
                .post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id"));

        suite.stop("rules-service");
        Instant back;
        try {
            List<Integer> answers = inParallel(BACKLOG, i -> negotiationApi()
                    .post("/api/v1/drafts/" + drafts.get(i) + "/versions/1/submission").then().extract().statusCode());
            assertThat(answers).containsOnly(202);
        } finally {
            suite.start("rules-service"); // returns once it is ready
            back = Instant.now();
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                negotiationApi().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.versions[0].status == 'SCORED' }").size() == BACKLOG);
        Duration drained = Duration.between(back, Instant.now());
        System.out.printf("Backlog of %d versions scored %.1f s after rules-service was back%n", BACKLOG,
                drained.toMillis() / 1000.0);
        // Nothing lost, nothing scored twice.
        List<Integer> evaluations = inParallel(BACKLOG, i -> negotiationApi()
                .get("/api/v1/drafts/" + drafts.get(i) + "/versions/1/evaluations").then().statusCode(200)
                .extract().jsonPath().getList("$").size());
        assertThat(evaluations).containsOnly(1);
    }

    @Test
    void sigtermLetsTheRequestsInFlightFinish() throws Exception {
        URI api = URI.create(suite.url("trade-data-service"));
        URI management = URI.create(suite.managementUrl("trade-data-service"));
        String path = "/api/v1/baselines?reporter=US&partner=PK&year=2024";
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        // The load balancer's part: requests go to the replica while its readiness says UP.
        AtomicBoolean routed = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            load.submit(() -> {
                while (routed.get()) {
                    outcomes.computeIfAbsent(getOnAFreshConnection(api, path, suite.keycloak().accessToken(Users.ANALYST)), key -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        try {
            // Under way: a few hundred requests answered before the SIGTERM.
            await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.containsKey("200") && outcomes.get("200").get() >= 300);
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> suite.stop("trade-data-service")); // SIGTERM
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !getOnAFreshConnection(management, "/q/health/ready", null).equals("200"));
            routed.set(false);
            stopped.get(60, TimeUnit.SECONDS);
        } finally {
            routed.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            suite.start("trade-data-service");
        }

        System.out.printf("Requests to trade-data-service around its SIGTERM, by outcome: %s%n", outcomes);
        assertThat(outcomes).containsKey("200").doesNotContainKey("reset");
        assertThat(outcomes.keySet()).allMatch(outcome -> outcome.equals("200") || outcome.equals("503")
                || outcome.equals("refused"));
    }

    /**
     * One GET on a connection of its own (Connection: close), so that a failure after the connection was
     * accepted is a request the server dropped ("reset"), and one refused is a request it never took.
     */
    private static String getOnAFreshConnection(URI base, String path, String token) {
        try (Socket connected = new Socket()) {
            try {
                connected.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2_000);
            } catch (IOException refused) {
                return "refused";
            }
            connected.setSoTimeout(30_000);
            connected.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(connected.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!response.startsWith("HTTP/1.1 ") || !response.contains("\r\n\r\n")) {
                return "reset";
            }
            return response.substring(9, 12);
        } catch (IOException dropped) {
            return "reset";
        }
    }

    /** Runs the call for 0..n-1 on 16 threads; the results in order. */
    private static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<T>> futures = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit(() -> call.apply(i))).toList();
            java.util.ArrayList<T> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** As Pakistan's negotiator, who writes and scores the drafts of the backlog (the negotiation's side PK). */
    private static RequestSpecification negotiationApi() {
        return suite.api("negotiation-service", Users.PK_NEGOTIATOR);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
