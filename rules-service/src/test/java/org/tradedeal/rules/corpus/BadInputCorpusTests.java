package org.tradedeal.rules.corpus;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus over every operation of this service's OpenAPI document: no answer is a 5xx, every
 * 4xx is problem details, every 400 names its field, and no error names a Java type (rules-service
 * stores nothing, so there are no rows to count). Kept identical (but for the package and the row counting) to
 * trade-data-service's BadInputCorpusTests.
 */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class BadInputCorpusTests {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationRefusesBadInputPrecisely() throws Exception {
        String root = base.toString().replaceFirst("/$", "");
        String openApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/q/openapi?format=json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        BadInputCorpus corpus = new BadInputCorpus(openApi);

        Map<String, Integer> perOperation = new TreeMap<>();
        corpus.operations().forEach(operation -> perOperation.put(operation.name(), 0));
        List<BadInputCorpus.Answer> serverErrors = new ArrayList<>();
        List<BadInputCorpus.Answer> closedWhileSending = new ArrayList<>();
        List<BadInputCorpus.Answer> mediaTypeNotRefused = new ArrayList<>();
        List<BadInputCorpus.Answer> notProblems = new ArrayList<>();
        List<BadInputCorpus.Answer> noField = new ArrayList<>();
        List<BadInputCorpus.Answer> javaTypes = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();

        List<BadInputCorpus.Probe> probes = corpus.probes();
        for (BadInputCorpus.Probe probe : probes) {
            BadInputCorpus.Answer answer = corpus.send(root, probe);
            perOperation.merge(probe.operation().name(), 1, Integer::sum);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (BadInputCorpus.undeclaredMediaType(probe) && answer.status() != 415) {
                mediaTypeNotRefused.add(answer);
            }
            if (answer.status() == 0 && probe.broken().startsWith("body of")) {
                // the service answered 413 and closed the connection while the client was still sending
                closedWhileSending.add(answer);
            } else if (answer.status() >= 500 || answer.status() == 0) {
                serverErrors.add(answer);
            }
            if (answer.status() >= 400) {
                if (answer.status() < 500 && !corpus.isProblem(answer)) {
                    notProblems.add(answer);
                }
                if (answer.status() == 400 && !corpus.namesField(answer)) {
                    noField.add(answer);
                }
                if (BadInputCorpus.JAVA_TYPE.matcher(answer.body()).find()) {
                    javaTypes.add(answer);
                }
            }
        }

        System.out.printf("Bad-input corpus of %s: %d requests over %d operations; statuses %s; 5xx or no answer %d; "
                        + "huge bodies cut off by a 413 before the client finished sending %d; "
                        + "bodies without their declared Content-Type not answered 415 %d; "
                        + "4xx without problem details %d; 400 without field %d; Java type names %d%n", getClass().getPackageName(), probes.size(), perOperation.size(), statuses,
                serverErrors.size(), closedWhileSending.size(), mediaTypeNotRefused.size(), notProblems.size(), noField.size(), javaTypes.size());
        assertAll(
                () -> assertTrue(probes.size() >= 1000, "at least 1,000 requests, not " + probes.size()),
                () -> assertTrue(perOperation.values().stream().allMatch(n -> n > 0),
                        "operations not exercised: " + perOperation),
                () -> assertTrue(serverErrors.isEmpty(), "5xx answers: " + serverErrors.size() + "\n" + sample(serverErrors)),
                () -> assertTrue(mediaTypeNotRefused.isEmpty(), "bodies without their declared Content-Type not "
                        + "answered 415: " + mediaTypeNotRefused.size() + "\n" + sample(mediaTypeNotRefused)),
                () -> assertTrue(notProblems.isEmpty(), "4xx without problem details: " + notProblems.size() + "\n"
                        + sample(notProblems)),
                () -> assertTrue(noField.isEmpty(), "400 naming no field: " + noField.size() + "\n" + sample(noField)),
                () -> assertTrue(javaTypes.isEmpty(), "errors naming Java types: " + javaTypes.size() + "\n" + sample(javaTypes)));
    }

    private static String sample(List<BadInputCorpus.Answer> answers) {
        return answers.stream().limit(40).map(Object::toString).collect(Collectors.joining("\n"));
    }

}
