package org.tradedeal.negotiation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.tradedeal.negotiation.support.Users.PK_NEGOTIATOR;
import static org.tradedeal.negotiation.support.Users.US_NEGOTIATOR;

/**
 * A draft with more versions than a page (issue 15: a draft of 10,000 versions once took the service's heap): its
 * versions are read a page at a time with links and a total, its views carry only the newest, and editing and
 * submitting it work as for a draft of one version.
 */
@QuarkusTest
class ManyVersionsTests extends StubbedDownstreams {

    /** More than the default page (100) and than a draft's overview (100). */
    private static final int VERSIONS = 250;

    @Inject
    AgroalDataSource database;

    @Test
    void listsTheVersionsPageByPageWithLinksAndTheTotal() {
        long draft = draftWithVersions(VERSIONS);
        String path = "/api/v1/drafts/" + draft + "/versions";

        ExtractableResponse<Response> first = PK_NEGOTIATOR.call().get(path).then().statusCode(200)
                .header("X-Total-Count", "250")
                .body("$", hasSize(100))
                .body("[0].version", is(1)).body("[99].version", is(100))
                .extract();
        assertThat(first.headers().getValues("Link")).isNotEmpty();
        assertThat(links(first)).containsEntry("next", path + "?page=1&size=100")
                .containsEntry("last", path + "?page=2&size=100")
                .containsEntry("first", path + "?page=0&size=100")
                .doesNotContainKey("prev");

        ExtractableResponse<Response> last = PK_NEGOTIATOR.call().get(links(first).get("last")).then().statusCode(200)
                .header("X-Total-Count", "250")
                .body("version", contains(IntStream.rangeClosed(201, 250).boxed().toArray()))
                .extract();
        assertThat(links(last)).containsEntry("prev", path + "?page=1&size=100").doesNotContainKey("next");
    }

    @Test
    void followingNextVisitsEveryVersionOnceOldestFirst() {
        long draft = draftWithVersions(VERSIONS);
        String next = "/api/v1/drafts/" + draft + "/versions?size=70";
        List<Integer> seen = new java.util.ArrayList<>();
        int pages = 0;
        while (next != null) {
            ExtractableResponse<Response> page = PK_NEGOTIATOR.call().get(next).then().statusCode(200).extract();
            seen.addAll(page.jsonPath().getList("version", Integer.class));
            next = links(page).get("next");
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(1, VERSIONS).boxed().toList());
    }

    @Test
    void aPagePastTheLastIsEmptyAndStillSaysTheTotal() {
        long draft = draftWithVersions(3);
        PK_NEGOTIATOR.call().queryParam("page", 5).get("/api/v1/drafts/" + draft + "/versions").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("$", empty());
    }

    @Test
    void aDraftOfFewerVersionsThanAPageIsListedWholeAsBefore() {
        long draft = draftWithVersions(2);
        ExtractableResponse<Response> page = PK_NEGOTIATOR.call().get("/api/v1/drafts/" + draft + "/versions")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("version", contains(1, 2))
                .extract();
        assertThat(links(page)).doesNotContainKeys("next", "prev");
    }

    @Test
    void theDraftAndTheNegotiationsDraftsCarryTheNewestHundredAndTheCount() {
        long negotiation = Users.openNegotiation();
        long draft = draftWithVersions(negotiation, VERSIONS);

        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + draft).then().statusCode(200)
                .body("latestVersion", is(VERSIONS))
                .body("versionCount", is(VERSIONS))
                .body("versions", hasSize(100))
                .body("versions[0].version", is(151))
                .body("versions[99].version", is(250));
        PK_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("find { it.id == " + draft + " }.versionCount", is(VERSIONS))
                .body("find { it.id == " + draft + " }.versions", hasSize(100));
    }

    @Test
    void theOtherSidePagesThroughTheSharedVersionsOnly() {
        long draft = draftWithVersions(VERSIONS);
        share(draft, 3);
        share(draft, 200);

        US_NEGOTIATOR.call().get("/api/v1/drafts/" + draft + "/versions").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("version", contains(3, 200));
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + draft).then().statusCode(200)
                .body("versionCount", is(2))
                .body("latestVersion", is(200))
                .body("versions.version", contains(3, 200));
    }

    @Test
    void editsAndSubmitsADraftOfManyVersions() {
        long draft = draftWithVersions(VERSIONS);

        edit(draft, VERSIONS).then().statusCode(201).body("version", is(VERSIONS + 1));
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/" + (VERSIONS + 1) + "/submission")
                .then().statusCode(200)
                .body("status", is("SCORED"))
                .body("latestEvaluation.score", is(58.15f));
        PK_NEGOTIATOR.call().queryParam("page", 2).get("/api/v1/drafts/" + draft + "/versions").then()
                .header("X-Total-Count", String.valueOf(VERSIONS + 1))
                .body("find { it.version == " + (VERSIONS + 1) + " }.latestEvaluation.score", is(58.15f))
                .body("find { it.version == " + VERSIONS + " }.latestEvaluation", nullValue());
    }

    @Test
    void refusesAnEditOfAnOlderVersionOfADraftOfManyVersions() {
        long draft = draftWithVersions(VERSIONS);

        edit(draft, VERSIONS - 1).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:stale-version"))
                .body("currentVersion", equalTo(VERSIONS));
        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + draft).then().body("latestVersion", is(VERSIONS));
    }

    @Test
    void refusesABadPageOrSizeNamingTheParameter() {
        long draft = draftWithVersions(1);
        String path = "/api/v1/drafts/" + draft + "/versions";
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("size", 0), Map.of("size", 501),
                Map.of("size", "abc"), Map.of("page", -1), Map.of("page", "x"))) {
            String name = query.keySet().iterator().next();
            PK_NEGOTIATOR.call().queryParams(query).get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(name));
        }
    }

    // --- fixtures

    private long draftWithVersions(int count) {
        return draftWithVersions(Users.openNegotiation(), count);
    }

    /**
     * A draft of PK whose first version came through the API and whose others are copies of it written straight
     * into the database (one statement, not one request each). Their ids lie far above what the id sequence hands
     * out in a test run, so they never meet an id Hibernate allocates.
     */
    private long draftWithVersions(long negotiation, int count) {
        long draft = PK_NEGOTIATOR.createDraft(negotiation, "Many versions");
        if (count > 1) {
            try (Connection connection = database.getConnection();
                 PreparedStatement copies = connection.prepareStatement("""
                         INSERT INTO draft_version (id, draft_id, number, author, note, created_at, content, status,
                                                    status_changed_at, version)
                         SELECT 1000000000000 + draft_id * 100000 + n, draft_id, n, author, 'copy ' || n,
                                created_at + n * interval '1 second', content, status, status_changed_at, 0
                         FROM draft_version, generate_series(2, ?) AS n
                         WHERE draft_id = ? AND number = 1""");
                 PreparedStatement latest = connection.prepareStatement(
                         "UPDATE proposal_draft SET latest_version = ? WHERE id = ?")) {
                copies.setInt(1, count);
                copies.setLong(2, draft);
                assertThat(copies.executeUpdate()).isEqualTo(count - 1);
                latest.setInt(1, count);
                latest.setLong(2, draft);
                latest.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return draft;
    }

    /** Scores a version and shares it with the other side. */
    private static void share(long draft, int version) {
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/" + version + "/submission").then().statusCode(200);
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/" + version + "/sharing").then().statusCode(200);
    }

    private static Response edit(long draft, int basedOn) {
        return PK_NEGOTIATOR.call().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", basedOn, "content",
                        Api.content(List.of(Api.purchase("1201", 9_000_000L, 2025, 1)), List.of())))
                .post("/api/v1/drafts/" + draft + "/versions");
    }

    /** The links of an answer's Link headers, by relation. */
    private static Map<String, String> links(ExtractableResponse<Response> response) {
        Map<String, String> links = new java.util.HashMap<>();
        for (String header : response.headers().getValues("Link")) {
            for (String link : header.split(",\\s*(?=<)")) {
                java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<([^>]*)>;\\s*rel=\"?([a-z]+)\"?").matcher(link);
                if (matcher.find()) {
                    links.put(matcher.group(2), matcher.group(1));
                }
            }
        }
        return links;
    }
}
