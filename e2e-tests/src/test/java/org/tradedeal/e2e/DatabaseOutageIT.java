package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL taken away under load and given back (through the suite's TCP proxy). The load mixes writes
 * (negotiations, drafts, versions and submissions in negotiation-service; tariff measures in
 * trade-data-service) with reads. Every answer is a 2xx, a 4xx problem, or a 503 problem with Retry-After,
 * never a 500; readiness goes DOWN and comes back UP without a restart; and every write answered 2xx is
 * there afterwards, every acknowledged submission scored once.
 */
@ExtendWith(SuiteExtension.class)
class DatabaseOutageIT {

    private static final List<String> DATA_OWNERS = List.of("trade-data-service", "negotiation-service");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREPARED_DRAFTS = 40;

    private static RunningSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Answers by operation and status ("POST drafts 503"), and each answer outside the contract. */
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final Queue<String> outsideTheContract = new ConcurrentLinkedQueue<>();

    /** What the services acknowledged with a 2xx. */
    private final Queue<Long> negotiations = new ConcurrentLinkedQueue<>();
    private final Queue<Long> drafts = new ConcurrentLinkedQueue<>();
    private final Queue<Long> editedDrafts = new ConcurrentLinkedQueue<>();
    private final Queue<Long> submittedDrafts = new ConcurrentLinkedQueue<>();
    private final Queue<Long> measures = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
    }

    @Test
    void whileTheDatabaseIsAwayTheServicesAnswer503WithRetryAfterRecoverWithoutARestartAndLoseNothing() throws Exception {
        String negotiation = suite.url("negotiation-service");
        String tradeData = suite.url("trade-data-service");
        long talks = id(send("POST negotiations", as(Users.ADMIN, post(negotiation + "/api/v1/negotiations", negotiationJson("Outage talks")))));
        String partner = newPartner(tradeData);
        Queue<Long> prepared = new ConcurrentLinkedQueue<>(); // drafts to edit and submit, some while the database is away
        for (int i = 0; i < PREPARED_DRAFTS; i++) {
            HttpResponse<String> draft = send("POST drafts", as(Users.PK_NEGOTIATOR, post(negotiation + "/api/v1/negotiations/" + talks + "/drafts",
                    "{\"title\":\"Prepared draft " + i + "\",\"content\":" + content(200_000_000L + i) + "}")));
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
            drafts.add(id(draft));
            prepared.add(id(draft));
        }
        answers.clear(); // count the load only

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(7);
        List<Runnable> workers = List.of(
                () -> send("GET baselines", as(Users.ANALYST, get(tradeData + "/api/v1/baselines?reporter=US&partner=PK&year=2024"))),
                () -> send("GET negotiations", as(Users.ANALYST, get(negotiation + "/api/v1/negotiations"))),
                () -> draftEditAndSubmit(negotiation, talks, sequence.incrementAndGet()),
                () -> editAndSubmit(negotiation, prepared.poll(), sequence.incrementAndGet()),
                () -> openNegotiation(negotiation, sequence.incrementAndGet()),
                () -> addMeasure(tradeData, partner, sequence.incrementAndGet()));
        for (Runnable worker : workers) {
            load.submit(() -> {
                while (running.get() && !Thread.currentThread().isInterrupted()) {
                    worker.run();
                }
            });
        }
        Map<String, Duration> downAfter = new ConcurrentHashMap<>();
        Map<String, Duration> upAfter = new ConcurrentHashMap<>();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> answered("POST submission 20") && answered("POST tariff-measures 201"));
            suite.database().cut();
            Instant cut = Instant.now();
            for (String service : DATA_OWNERS) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> readiness(service) == 503);
                downAfter.put(service, Duration.between(cut, Instant.now()));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered("POST drafts 503")
                    && answered("POST tariff-measures 503") && answered("GET baselines 503") && answered("GET negotiations 503"));
            Thread.sleep(3_000); // a few seconds of load against the missing database

            suite.database().restore();
            Instant restored = Instant.now();
            for (String service : DATA_OWNERS) {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .until(() -> readiness(service) == 200);
                upAfter.put(service, Duration.between(restored, Instant.now()));
            }
            int draftsBefore = count("POST drafts 201");
            int measuresBefore = count("POST tariff-measures 201");
            await().atMost(Duration.ofSeconds(60)).until(() -> count("POST drafts 201") > draftsBefore + 5
                    && count("POST tariff-measures 201") > measuresBefore + 5); // writes succeed again
        } finally {
            suite.database().restore();
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
        }

        System.out.printf("PostgreSQL cut under mixed load: answers %s; by status %s; readiness DOWN after %s, UP after %s; "
                        + "acknowledged %d negotiations, %d drafts, %d versions, %d submissions, %d tariff measures%n",
                new TreeMap<>(answers), byStatus(), downAfter, upAfter, negotiations.size(), drafts.size(),
                editedDrafts.size(), submittedDrafts.size(), measures.size());
        assertThat(outsideTheContract).as("answers that are neither 2xx, a 4xx problem nor a 503 problem with Retry-After")
                .isEmpty();
        assertThat(answers.keySet()).noneMatch(key -> key.endsWith(" 500"));

        // Nothing acknowledged is lost.
        for (long id : negotiations) {
            assertThat(status(as(Users.ADMIN, get(negotiation + "/api/v1/negotiations/" + id)))).as("negotiation " + id).isEqualTo(200);
        }
        for (long id : drafts) {
            assertThat(status(as(Users.PK_NEGOTIATOR, get(negotiation + "/api/v1/drafts/" + id)))).as("draft " + id).isEqualTo(200);
        }
        for (long id : editedDrafts) {
            assertThat(status(as(Users.PK_NEGOTIATOR, get(negotiation + "/api/v1/drafts/" + id + "/versions/2")))).as("version 2 of draft " + id)
                    .isEqualTo(200);
        }
        for (long id : measures) {
            assertThat(status(as(Users.ANALYST, get(tradeData + "/api/v1/tariff-measures/" + id)))).as("tariff measure " + id).isEqualTo(200);
        }
        // Each acknowledged submission is scored, once (those left pending by the outage by the worker).
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (long id : submittedDrafts) {
                JsonNode version = JSON.readTree(send("GET version", as(Users.PK_NEGOTIATOR, get(negotiation + "/api/v1/drafts/" + id + "/versions/2"))).body());
                assertThat(version.path("status").asText()).as("version 2 of draft " + id).isEqualTo("SCORED");
            }
        });
        for (long id : submittedDrafts) {
            JsonNode evaluations = JSON.readTree(
                    send("GET evaluations", as(Users.PK_NEGOTIATOR, get(negotiation + "/api/v1/drafts/" + id + "/versions/2/evaluations"))).body());
            assertThat(evaluations.size()).as("evaluations of version 2 of draft " + id).isEqualTo(1);
        }
        for (String read : List.of(tradeData + "/api/v1/baselines?reporter=US&partner=PK&year=2024",
                negotiation + "/api/v1/negotiations")) {
            assertThat(status(as(Users.ANALYST, get(read)))).as("after the database is back: " + read).isEqualTo(200);
        }
    }

    /** A negotiator's cycle: a new draft, an edit of it, its submission; a refused step ends the cycle. */
    private void draftEditAndSubmit(String negotiation, long talks, int n) {
        HttpResponse<String> draft = send("POST drafts", as(Users.PK_NEGOTIATOR, post(negotiation + "/api/v1/negotiations/" + talks + "/drafts",
                "{\"title\":\"Outage draft " + n + "\",\"content\":" + content(300_000_000L + n) + "}")));
        if (draft == null || draft.statusCode() != 201) {
            return;
        }
        long id = id(draft);
        drafts.add(id);
        editAndSubmit(negotiation, id, n);
    }

    /** An edit of version 1 of a draft, then the submission of the new version 2. */
    private void editAndSubmit(String negotiation, Long id, int n) {
        if (id == null) { // none left to edit
            sleep(Duration.ofMillis(200));
            return;
        }
        HttpResponse<String> edit = send("POST versions", as(Users.PK_NEGOTIATOR, post(negotiation + "/api/v1/drafts/" + id + "/versions",
                "{\"basedOnVersion\":1,\"note\":\"more cotton\",\"content\":" + content(400_000_000L + n) + "}")));
        if (edit == null || edit.statusCode() != 201) {
            return;
        }
        editedDrafts.add(id);
        HttpResponse<String> submission = send("POST submission",
                as(Users.PK_NEGOTIATOR, HttpRequest.newBuilder(URI.create(negotiation + "/api/v1/drafts/" + id + "/versions/2/submission"))
                        .POST(HttpRequest.BodyPublishers.noBody())));
        if (submission != null && (submission.statusCode() == 200 || submission.statusCode() == 202)) {
            submittedDrafts.add(id);
        }
    }

    /** An administrator opening a negotiation. */
    private void openNegotiation(String negotiation, int n) {
        HttpResponse<String> created = send("POST negotiations", as(Users.ADMIN, post(negotiation + "/api/v1/negotiations",
                negotiationJson("Outage talks " + n))));
        if (created != null && created.statusCode() == 201) {
            negotiations.add(id(created));
        }
        sleep(Duration.ofSeconds(2)); // a few dozen, not thousands: other tests list negotiations
    }

    /** An analyst recording a tariff measure. */
    private void addMeasure(String tradeData, String partner, int n) {
        HttpResponse<String> created = send("POST tariff-measures", as(Users.ANALYST, post(tradeData + "/api/v1/tariff-measures",
                "{\"imposer\":\"" + partner + "\",\"target\":\"US\",\"authority\":\"SECTION_232\",\"ratePct\":25,"
                        + "\"status\":\"ANNOUNCED\",\"announcedOn\":\"2026-03-10\",\"title\":\"Outage measure " + n
                        + "\",\"source\":\"e2e\"}")));
        if (created != null && created.statusCode() == 201) {
            measures.add(id(created));
        }
    }

    /** A partner of this test alone, so its measures change nobody else's baseline. */
    private String newPartner(String tradeData) throws IOException {
        Set<String> taken = stream(JSON.readTree(send("GET partners", as(Users.ANALYST, get(tradeData + "/api/v1/partners"))).body()))
                .map(partner -> partner.path("isoCode").asText()).collect(Collectors.toSet());
        String code = IntStream.rangeClosed('A', 'Z').mapToObj(c -> "X" + (char) c).filter(c -> !taken.contains(c))
                .findFirst().orElseThrow();
        HttpResponse<String> created = send("POST partners", as(Users.ANALYST, post(tradeData + "/api/v1/partners",
                "{\"isoCode\":\"" + code + "\",\"name\":\"Outage test partner\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String negotiationJson(String title) {
        return "{\"title\":\"" + title + "\",\"ourSide\":\"PK\",\"otherSide\":\"US\",\"targetRatePct\":19,"
                + "\"deadline\":\"2025-07-09\",\"baselineYear\":2024}";
    }

    private static String content(long addedUsdPerYear) {
        return "{\"purchases\":[{\"hsCode\":\"5201\",\"addedUsdPerYear\":" + addedUsdPerYear
                + ",\"firstYear\":2025,\"years\":2,\"binding\":true}]}";
    }

    /** The request as one of the realm's users sends it (Keycloak keeps no data in the suite's database). */
    private static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + suite.keycloak().accessToken(user));
    }

    private static HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json");
    }

    private static HttpRequest.Builder post(String uri, String json) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /**
     * Sends, counts the answer by operation and status, and notes any answer outside the contract; null when
     * the request got no answer at all (that is outside the contract too).
     */
    private HttpResponse<String> send(String operation, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            answers.computeIfAbsent(operation + " " + status, k -> new AtomicInteger()).incrementAndGet();
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            boolean withinContract = (status >= 200 && status < 300)
                    || (status >= 400 && status < 500 && problem)
                    || (status == 503 && problem && response.headers().firstValue("Retry-After").isPresent());
            if (!withinContract) {
                outsideTheContract.add(operation + " " + status + " " + response.headers().map() + " " + response.body());
            }
            return response;
        } catch (IOException failed) {
            answers.computeIfAbsent(operation + " io: " + failed.getClass().getSimpleName(), k -> new AtomicInteger())
                    .incrementAndGet();
            outsideTheContract.add(operation + " without an answer: " + failed);
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean answered(String operationAndStatusPrefix) {
        return answers.keySet().stream().anyMatch(key -> key.startsWith(operationAndStatusPrefix));
    }

    private int count(String operationAndStatus) {
        AtomicInteger count = answers.get(operationAndStatus);
        return count == null ? 0 : count.get();
    }

    private Map<String, Integer> byStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach((key, count) -> counts.merge(key.substring(key.lastIndexOf(' ') + 1), count.get(), Integer::sum));
        return counts;
    }

    private static long id(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("id").asLong();
        } catch (IOException unreadable) {
            throw new AssertionError("not JSON: " + response.body(), unreadable);
        }
    }

    private int status(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
