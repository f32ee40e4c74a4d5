package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** A client that retries a POST with the same Idempotency-Key creates the thing once and gets the first answer. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class IdempotencyTests {

    @Test
    void aHundredConcurrentIdenticalCreatesWithOneKeyCreateOneMeasure() throws Exception {
        String target = TestData.freshPartner();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, 100)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                        return newMeasure(target, key, 25).extract().statusCode();
                    }, pool))
                    .toList();
            start.countDown();
            statuses = calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }

        System.out.printf("100 concurrent identical measure creations with one Idempotency-Key: %s%n",
                statuses.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())));
        assertThat(statuses, everyItem(equalTo(201)));
        given().when().get("/api/v1/tariff-measures?target={t}", target).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
        String target = TestData.freshPartner();
        String key = UUID.randomUUID().toString();
        ValidatableResponse first = newMeasure(target, key, 25).statusCode(201);
        String location = first.extract().header("Location");

        newMeasure(target, key, 25).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(location))
                .body("ratePct", equalTo(25));
        given().when().get("/api/v1/tariff-measures?target={t}", target).then().body("$", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String target = TestData.freshPartner();
        String key = UUID.randomUUID().toString();
        newMeasure(target, key, 25).statusCode(201);

        newMeasure(target, key, 30).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"));
        given().when().get("/api/v1/tariff-measures?target={t}", target).then().body("$", hasSize(1));
    }

    @Test
    void aRepeatedImportWithTheSameKeyAndFileReplaysTheFirstBatchAndAnotherFileIsRefused() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        String key = UUID.randomUUID().toString();
        String csv = "reporter,partner,period,direction,product_level,value_usd,precision\nUS," + partner + ",2024,EXPORT,TOTAL,1000,EXACT\n";
        List<String> spooledBefore = spooledBodies();
        String location = upload(csv, vintage, key).statusCode(201).extract().header("Location");

        upload(csv, vintage, key).statusCode(201).header("Idempotent-Replayed", "true").header("Location", equalTo(location));
        upload(csv.replace("1000", "2000"), vintage, key).statusCode(422)
                .body("type", equalTo("urn:tradedeal:problem:idempotency-key-reused"));
        given().when().get("/api/v1/import-batches?source=idempotent import&vintage={v}", vintage).then().body("$", hasSize(1));
        // the uploads' spooled copies are gone, the replayed and the refused one's too (each could be 512 MB)
        assertThat(spooledBodies(), equalTo(spooledBefore));
    }

    /**
     * The temporary copies the idempotency interceptor spools uploads to and still holds open (this JVM runs the
     * service). On Linux such a copy is unlinked as it is opened (DELETE_ON_CLOSE) but keeps its disk space until
     * it is closed, so the open descriptors are what counts; elsewhere the files stay listed until closed.
     */
    private static List<String> spooledBodies() {
        java.nio.file.Path descriptors = java.nio.file.Path.of("/proc/self/fd");
        boolean linux = java.nio.file.Files.isDirectory(descriptors);
        java.nio.file.Path where = linux ? descriptors : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        try (var files = java.nio.file.Files.list(where)) {
            return files.map(file -> linux ? target(file) : file.getFileName().toString())
                    .filter(name -> name.contains("idempotent-body")).sorted().toList();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static String target(java.nio.file.Path descriptor) {
        try {
            return java.nio.file.Files.readSymbolicLink(descriptor).toString();
        } catch (java.io.IOException closedMeanwhile) {
            return "";
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheHeaderOnEveryCreatingPost() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.parameters.Idempotency-Key.in", equalTo("header"))
                .body("paths.'/api/v1/tariff-measures'.post.parameters.'$ref'", hasItem(containsString("Idempotency-Key")))
                .body("paths.'/api/v1/import-batches'.post.parameters.'$ref'", hasItem(containsString("Idempotency-Key")));
    }

    private static ValidatableResponse newMeasure(String target, String key, int ratePct) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("imposer", "US", "target", target, "authority", "SECTION_232", "ratePct", ratePct,
                        "status", "ANNOUNCED", "announcedOn", "2026-03-10", "title", "Steel and aluminium tariff",
                        "source", "test"))
                .when().post("/api/v1/tariff-measures").then();
    }

    private static ValidatableResponse upload(String csv, String vintage, String key) {
        return given().contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .queryParam("source", "idempotent import").queryParam("vintage", vintage)
                .when().post("/api/v1/import-batches").then();
    }
}
