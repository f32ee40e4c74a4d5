package org.tradedeal.negotiation.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Users;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.tradedeal.negotiation.support.Users.ANALYST_OF_NO_SIDE;
import static org.tradedeal.negotiation.support.Users.PK_ANALYST;
import static org.tradedeal.negotiation.support.Users.PK_NEGOTIATOR;
import static org.tradedeal.negotiation.support.Users.US_NEGOTIATOR;

/**
 * A draft belongs to its side: the other side reads nothing of it by any path (list, draft, versions, a version,
 * evaluations, comparison, dashboard, re-scoring, the desk's pages) until a version is shared, and then reads that
 * version only, without changing anything.
 */
@QuarkusTest
class SidePrivacyTests extends StubbedDownstreams {

    private static final String SECRET_TITLE = "Pakistan's fallback position";

    private long negotiation;
    private long pkDraft;
    private long usDraft;

    /** PK's draft has a scored version 1 and an unscored version 2; US has a draft of its own. */
    @BeforeEach
    void aNegotiationWithADraftOfEachSide() {
        negotiation = Users.openNegotiation();
        pkDraft = PK_NEGOTIATOR.createDraft(negotiation, SECRET_TITLE);
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/1/submission").then().statusCode(200);
        PK_NEGOTIATOR.call().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 1, "content", Api.content(List.of(Api.purchase("1201", 9_000_000L, 2025, 1)), List.of())))
                .post("/api/v1/drafts/" + pkDraft + "/versions").then().statusCode(201);
        usDraft = US_NEGOTIATOR.createDraft(negotiation, "US counter-offer");
    }

    @Test
    void anotherUsersIdempotencyKeyNeverReplaysTheAnswerTheyWereGiven() {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("title", SECRET_TITLE + ", by key", "content",
                Api.content(List.of(Api.purchase("5201", 500_000_000L, 2025, 3)), List.of()));
        PK_NEGOTIATOR.call().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(201);

        // the same key and the same body from someone else: refused, and nothing of PK's answer in it
        US_NEGOTIATOR.call().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(422)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("type", is("urn:tradedeal:problem:idempotency-key-reused"))
                .body(not(containsString("\"id\"")));
        US_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("id", contains((int) usDraft));
    }

    @Test
    void theOtherSideReadsNothingOfAnUnsharedDraftByAnyPath() {
        US_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("id", contains((int) usDraft)).body(not(containsString(SECRET_TITLE)));
        for (String path : List.of("/api/v1/drafts/" + pkDraft, "/api/v1/drafts/" + pkDraft + "/versions",
                "/api/v1/drafts/" + pkDraft + "/versions/1", "/api/v1/drafts/" + pkDraft + "/versions/2",
                "/api/v1/drafts/" + pkDraft + "/versions/1/evaluations",
                "/api/v1/drafts/" + usDraft + "/versions/1/comparison?otherDraft=" + pkDraft + "&otherVersion=1",
                "/drafts/" + pkDraft + "/versions/1", "/drafts/" + pkDraft + "/edit",
                "/negotiations/" + negotiation + "/comparison?base=" + usDraft + ":1&other=" + pkDraft + ":1")) {
            US_NEGOTIATOR.call().get(path).then().statusCode(403).body(not(containsString(SECRET_TITLE)));
        }
        US_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/dashboard").then().statusCode(200)
                .body("drafts.draftId", not(hasItem((int) pkDraft))).body(not(containsString(SECRET_TITLE)));
        US_NEGOTIATOR.call().get("/negotiations/" + negotiation).then().statusCode(200)
                .body(not(containsString(SECRET_TITLE)));
        US_NEGOTIATOR.call().get("/negotiations/" + negotiation + "/dashboard").then().statusCode(200)
                .body(not(containsString(SECRET_TITLE)));
    }

    @Test
    void reScoringANegotiationScoresAndAnswersOnlyTheCallersSide() {
        downstreams.resetRequests();
        US_NEGOTIATOR.call().post("/api/v1/negotiations/" + negotiation + "/rescoring").then().statusCode(200)
                .body("$", empty());
        downstreams.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/evaluations")));
        PK_NEGOTIATOR.call().post("/api/v1/negotiations/" + negotiation + "/rescoring").then().statusCode(200)
                .body("draftId", contains((int) pkDraft));
    }

    @Test
    void theOtherSideCannotChangeScoreOrShareTheDraft() {
        US_NEGOTIATOR.call().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 2, "content", Api.content(List.of(Api.purchase("5201", 1L, 2025, 1)), List.of())))
                .post("/api/v1/drafts/" + pkDraft + "/versions").then().statusCode(403)
                .body("type", equalTo("urn:tradedeal:problem:not-your-side"));
        US_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/2/submission").then().statusCode(403);
        US_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/1/rescoring").then().statusCode(403);
        US_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/1/sharing").then().statusCode(403);
        US_NEGOTIATOR.call().contentType(ContentType.JSON).body(Map.of("status", "WITHDRAWN"))
                .put("/api/v1/drafts/" + pkDraft + "/versions/2/status").then().statusCode(403);
        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions").then().body("status", contains("SCORED", "DRAFT"));
    }

    @Test
    void aSharedVersionIsReadByTheOtherSideAloneOfItsDraftAndReadOnly() {
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/1/sharing").then().statusCode(200)
                .body("status", equalTo("SHARED"));

        US_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("find { it.id == " + pkDraft + " }.versions.version", contains(1))
                .body("find { it.id == " + pkDraft + " }.latestVersion", equalTo(1));
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions/1").then().statusCode(200)
                .body("content.purchases[0].hsCode", equalTo("5201"));
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions/1/evaluations").then().statusCode(200);
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions").then().statusCode(200).body("version", contains(1));
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions/2").then().statusCode(403);
        US_NEGOTIATOR.call().get("/drafts/" + pkDraft + "/versions/1").then().statusCode(200);
        US_NEGOTIATOR.call().get("/api/v1/negotiations/" + negotiation + "/dashboard").then().statusCode(200)
                .body("drafts.find { it.draftId == " + pkDraft + " }.latestVersion", equalTo(1));
        US_NEGOTIATOR.call().post("/api/v1/drafts/" + pkDraft + "/versions/1/rescoring").then().statusCode(403);
        US_NEGOTIATOR.call().contentType(ContentType.JSON).body(Map.of("status", "WITHDRAWN"))
                .put("/api/v1/drafts/" + pkDraft + "/versions/1/status").then().statusCode(403);
    }

    @Test
    void anAnalystReadsTheirSidesDraftsAndAUserOfNoSideOnlySharedVersions() {
        PK_ANALYST.call().get("/api/v1/drafts/" + pkDraft + "/versions/2").then().statusCode(200);
        PK_ANALYST.call().post("/api/v1/drafts/" + pkDraft + "/versions/2/submission").then().statusCode(403);
        ANALYST_OF_NO_SIDE.call().get("/api/v1/drafts/" + pkDraft).then().statusCode(403);
        ANALYST_OF_NO_SIDE.call().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void theAuthorOfAVersionIsTheSignedInUser() {
        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft + "/versions/2").then().statusCode(200)
                .body("author", equalTo(PK_NEGOTIATOR.userName()));
        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + pkDraft).then().body("side", equalTo("PK"));
        US_NEGOTIATOR.call().get("/api/v1/drafts/" + usDraft).then().body("side", equalTo("US"))
                .body("versions[0].author", equalTo(US_NEGOTIATOR.userName()));
    }
}
