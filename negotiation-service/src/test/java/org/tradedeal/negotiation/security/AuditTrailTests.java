package org.tradedeal.negotiation.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Users;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.tradedeal.negotiation.support.Users.ADMIN;
import static org.tradedeal.negotiation.support.Users.PK_NEGOTIATOR;

/**
 * Every change writes exactly one audit record (who, when, what, which entity, hashes of before and after) in its
 * own transaction: a change refused or rolled back writes none, and the database refuses to alter the trail.
 */
@QuarkusTest
class AuditTrailTests extends StubbedDownstreams {

    @Inject
    AgroalDataSource database;

    private static JsonPath trail(String entityType, Object entityId) {
        return ADMIN.call().queryParam("entityType", entityType).queryParam("entityId", String.valueOf(entityId))
                .get("/api/v1/audit-records/by-entity").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachChangeOfANegotiationWritesOneRecordAndARefusedOneNone() {
        long negotiation = Users.openNegotiation();
        assertThat(trail("Negotiation", negotiation).getList("action")).containsExactly("OPENED");
        assertThat(trail("Negotiation", negotiation).getString("[0].actor")).isEqualTo("admin");
        assertThat(trail("Negotiation", negotiation).getString("[0].beforeSha256")).isNull();
        assertThat(trail("Negotiation", negotiation).getString("[0].afterSha256")).matches("[0-9a-f]{64}");

        Map<String, Object> change = Map.of("title", "Renamed talks", "ourSide", "PK", "otherSide", "US",
                "targetRatePct", 15, "baselineYear", 2024, "version", 0);
        ADMIN.call().contentType(ContentType.JSON).body(change).put("/api/v1/negotiations/" + negotiation)
                .then().statusCode(200);
        ADMIN.call().contentType(ContentType.JSON).body(change).put("/api/v1/negotiations/" + negotiation)
                .then().statusCode(409);
        assertThat(trail("Negotiation", negotiation).getList("action")).containsExactly("OPENED", "CHANGED");
        assertThat(trail("Negotiation", negotiation).getString("[1].beforeSha256"))
                .isEqualTo(trail("Negotiation", negotiation).getString("[0].afterSha256"));

        ADMIN.call().delete("/api/v1/negotiations/" + negotiation).then().statusCode(204);
        assertThat(trail("Negotiation", negotiation).getList("action")).containsExactly("OPENED", "CHANGED", "DELETED");
        assertThat(trail("Negotiation", negotiation).getString("[2].afterSha256")).isNull();
    }

    @Test
    void aDeletedNegotiationIsKeptWithWhoDeletedItAndNoReadFindsIt() throws SQLException {
        long negotiation = Users.openNegotiation();
        long draft = PK_NEGOTIATOR.createDraft(negotiation, "Kept after the delete");
        ADMIN.call().delete("/api/v1/negotiations/" + negotiation).then().statusCode(204);

        ADMIN.call().get("/api/v1/negotiations/" + negotiation).then().statusCode(404);
        PK_NEGOTIATOR.call().get("/api/v1/drafts/" + draft).then().statusCode(404);
        // nor by any path to its drafts' versions: the list, a version, its evaluations, the desk's score page
        for (String path : List.of("/api/v1/drafts/" + draft + "/versions", "/api/v1/drafts/" + draft + "/versions/1",
                "/api/v1/drafts/" + draft + "/versions/1/evaluations", "/drafts/" + draft + "/versions/1")) {
            PK_NEGOTIATOR.call().get(path).then().statusCode(404);
        }
        ADMIN.call().delete("/api/v1/negotiations/" + negotiation).then().statusCode(404);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select deleted_at, deleted_by from negotiation where id = " + negotiation)) {
            assertThat(row.next()).isTrue();
            assertThat(row.getTimestamp("deleted_at")).isNotNull();
            assertThat(row.getString("deleted_by")).isEqualTo("admin");
        }
    }

    @Test
    void milestonesDraftsVersionsAndSharingEachWriteOneRecordByTheirAuthor() {
        long negotiation = Users.openNegotiation();
        long milestone = ADMIN.call().contentType(ContentType.JSON)
                .body(Map.of("kind", "DEADLINE", "title", "Deadline", "dueDate", "2025-07-09", "status", "PLANNED"))
                .post("/api/v1/negotiations/" + negotiation + "/milestones").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ADMIN.call().delete("/api/v1/negotiations/" + negotiation + "/milestones/" + milestone).then().statusCode(204);
        assertThat(trail("Milestone", milestone).getList("action")).containsExactly("ADDED", "DELETED");

        long draft = PK_NEGOTIATOR.createDraft(negotiation, "Audited");
        assertThat(trail("ProposalDraft", draft).getList("action")).containsExactly("DRAFT_CREATED");
        PK_NEGOTIATOR.call().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 1, "content", Api.content(List.of(Api.purchase("1201", 1_000_000L, 2025, 1)), List.of())))
                .post("/api/v1/drafts/" + draft + "/versions").then().statusCode(201);
        assertThat(trail("DraftVersion", draft + "/2").getList("action")).containsExactly("VERSION_CREATED");

        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/1/submission").then().statusCode(200);
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/1/sharing").then().statusCode(200);
        PK_NEGOTIATOR.call().post("/api/v1/drafts/" + draft + "/versions/1/sharing").then().statusCode(409);
        assertThat(trail("DraftVersion", draft + "/1").getList("action")).containsExactly("VERSION_SHARED");

        ADMIN.call().queryParam("actor", PK_NEGOTIATOR.userName()).get("/api/v1/audit-records/by-actor")
                .then().statusCode(200)
                .body("findAll { it.entityId.startsWith('" + draft + "') }", hasSize(3))
                .body("[0].at", matchesPattern("\\d{4}-.*"));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        Users.openNegotiation();
        assertThatThrownBy(() -> execute("update audit_record set actor = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_record")).hasMessageContaining("append-only");
    }

    @Test
    void onlyAdminsReadTheTrail() {
        PK_NEGOTIATOR.call().queryParam("actor", "admin").get("/api/v1/audit-records/by-actor").then().statusCode(403);
        ADMIN.call().get("/api/v1/audit-records/by-actor").then().statusCode(400)
                .body("violations[0].field", equalTo("actor")).body("violations[0].message", org.hamcrest.Matchers.notNullValue());
        ADMIN.call().queryParam("entityType", "Negotiation").queryParam("entityId", "999999")
                .get("/api/v1/audit-records/by-entity").then().statusCode(200).body("$", hasSize(0))
                .body("[0]", nullValue());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
