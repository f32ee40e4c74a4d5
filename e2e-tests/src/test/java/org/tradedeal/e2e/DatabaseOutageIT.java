package org.tradedeal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL taken away under load and given back (through the suite's TCP proxy): the services answer 503
 * problem details with Retry-After, never 500; readiness goes DOWN and comes back UP without a restart.
 */
@ExtendWith(SuiteExtension.class)
class DatabaseOutageIT {

    private static final List<String> DATA_OWNERS = List.of("trade-data-service", "negotiation-service");

    private static RunningSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
    }

    @Test
    void whileTheDatabaseIsAwayTheServicesAnswer503WithRetryAfterAndRecoverWithoutARestart() throws Exception {
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> withoutRetryAfter = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<URI> reads = List.of(
                URI.create(suite.url("trade-data-service") + "/api/v1/baselines?reporter=US&partner=PK&year=2024"),
                URI.create(suite.url("negotiation-service") + "/api/v1/negotiations"));

        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            URI uri = reads.get(i % reads.size());
            load.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                                // an analyst reads both (Keycloak needs no database of the suite's)
                                .header("Authorization", "Bearer " + suite.keycloak().accessToken(Users.ANALYST))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        String key = response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("");
                        answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                            withoutRetryAfter.computeIfAbsent(uri.getPath(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (IOException failed) {
                        answers.computeIfAbsent("io: " + failed.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        Instant cut;
        Instant restored;
        Map<String, Duration> downAfter = new ConcurrentHashMap<>();
        Map<String, Duration> upAfter = new ConcurrentHashMap<>();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> answers.keySet().stream().anyMatch(k -> k.startsWith("200")));
            suite.database().cut();
            cut = Instant.now();
            for (String service : DATA_OWNERS) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> readiness(service) == 503);
                downAfter.put(service, Duration.between(cut, Instant.now()));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answers.keySet().stream().anyMatch(k -> k.startsWith("503")));
            Thread.sleep(3_000); // a few seconds of load against the missing database

            suite.database().restore();
            restored = Instant.now();
            for (String service : DATA_OWNERS) {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .until(() -> readiness(service) == 200);
                upAfter.put(service, Duration.between(restored, Instant.now()));
            }
        } finally {
            suite.database().restore();
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
        }

        System.out.printf("PostgreSQL cut under load: answers %s; readiness DOWN after %s, UP after %s%n",
                answers, downAfter, upAfter);
        assertThat(answers.keySet()).allMatch(key -> key.startsWith("200") || key.startsWith("503 application/problem+json"));
        assertThat(withoutRetryAfter).isEmpty();
        for (URI read : reads) {
            assertThat(http.send(HttpRequest.newBuilder(read).header("Authorization", "Bearer "
                    + suite.keycloak().accessToken(Users.ANALYST)).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("after the database is back: " + read).isEqualTo(200);
        }
    }

    private int readiness(String service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(suite.managementUrl(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
