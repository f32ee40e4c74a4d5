package org.tradedeal.tradedata;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of the data (partners, flows, imports, measures, barriers and their status) writes exactly one
 * audit record, by the signed-in user, in the change's transaction: a refused or rolled-back change writes none.
 */
@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class AuditTrailTests {

    @Inject
    AgroalDataSource database;

    private static List<String> actions(String entityType, Object entityId) {
        return given().queryParam("entityType", entityType).queryParam("entityId", String.valueOf(entityId))
                .get("/api/v1/audit-records/by-entity").then().statusCode(200).extract().jsonPath().getList("action");
    }

    @Test
    void aBarrierStatusChangeWritesOneRecordAndARefusedOneNone() {
        String imposer = TestData.freshPartner();
        assertThat(actions("Partner", imposer)).containsExactly("CREATED");
        given().contentType(ContentType.JSON).body("""
                        {"code":"AUD-1","imposer":"%s","listedBy":"US","mastChapter":"A","category":"sps","title":"Audited",
                         "description":"An audited barrier","source":"test","listedOn":"2025-04-01","affectedProducts":["1201"]}"""
                        .formatted(imposer))
                .post("/api/v1/barriers").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-06-25\"}")
                .post("/api/v1/barriers/{i}/AUD-1/status-changes", imposer).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"status\":\"LISTED\",\"effectiveOn\":\"2025-07-01\"}")
                .post("/api/v1/barriers/{i}/AUD-1/status-changes", imposer).then().statusCode(409);

        assertThat(actions("NonTariffBarrier", imposer + "/AUD-1")).containsExactly("LISTED", "STATUS_CHANGED");
        given().queryParam("actor", "analyst").get("/api/v1/audit-records/by-actor").then().statusCode(200)
                .body("findAll { it.entityId == '" + imposer + "/AUD-1' }.afterSha256",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void anImportWritesOneRecordAndARejectedImportNone() throws Exception {
        String vintage = TestData.freshVintage();
        String csv = "reporter,partner,period,direction,product_level,hs_code,value_usd,precision\n"
                + "US,PK,2031,EXPORT,HS4,5201,412000000,EXACT\n";
        long batch = given().contentType("text/csv").body(csv)
                .queryParam("source", "audit test").queryParam("vintage", vintage).queryParam("fileName", "a.csv")
                .post("/api/v1/import-batches").then().statusCode(201).extract().jsonPath().getLong("batch.id");
        assertThat(actions("ImportBatch", batch)).containsExactly("IMPORTED");

        long before = count();
        given().contentType("text/csv").body(csv + "US,PK,2031,EXPORT,HS4,52O1,-1,EXACT\n")
                .queryParam("source", "audit test").queryParam("vintage", TestData.freshVintage())
                .post("/api/v1/import-batches").then().statusCode(422);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDeletedFlowIsKeptWithWhoDeletedItAndNoReadFindsIt() throws Exception {
        String partner = TestData.freshPartner();
        String flow = "{\"reporter\":\"US\",\"partner\":\"" + partner + "\",\"period\":\"2024\",\"direction\":\"EXPORT\","
                + "\"productLevel\":\"TOTAL\",\"valueUsd\":1000,\"precision\":\"EXACT\",\"source\":\"audit test\","
                + "\"vintage\":\"" + TestData.freshVintage() + "\"}";
        long id = given().contentType(ContentType.JSON).body(flow)
                .post("/api/v1/trade-flows").then().statusCode(201).extract().jsonPath().getLong("id");
        given().delete("/api/v1/trade-flows/{id}", id).then().statusCode(204);

        given().get("/api/v1/trade-flows/{id}", id).then().statusCode(404);
        given().queryParam("partner", partner).get("/api/v1/trade-flows").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        given().delete("/api/v1/trade-flows/{id}", id).then().statusCode(404);
        assertThat(actions("TradeFlow", id)).containsExactly("CREATED", "DELETED");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             var row = statement.executeQuery("select deleted_at, deleted_by from trade_flow where id = " + id)) {
            assertThat(row.next()).isTrue();
            assertThat(row.getTimestamp("deleted_at")).isNotNull();
            assertThat(row.getString("deleted_by")).isEqualTo("analyst");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        TestData.freshPartner();
        assertThatThrownBy(() -> execute("update audit_record set actor = 'someone-else'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_record")).hasMessageContaining("append-only");
    }

    private long count() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from audit_record")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
