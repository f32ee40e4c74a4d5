package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class RoadmapTests {

    @Test
    void ordersTheRoadmapByDateAndDerivesOverdueDueSoonAndAtRisk() {
        long id = Api.openNegotiation();
        addMilestone(id, "TECHNICAL_ROUND", "Second round", "2025-06-25", "PLANNED", null);
        addMilestone(id, "MINISTERIAL_TALKS", "Ministers meet", "2025-06-16", "DONE", "2025-06-16");
        addMilestone(id, "DEADLINE", "Suspension ends", "2025-07-09", "PLANNED", null);
        addMilestone(id, "AGREEMENT", "Sign the deal", "2025-09-30", "PLANNED", null);

        given().queryParam("asOf", "2025-07-01").queryParam("dueWithinDays", 14)
                .when().get("/api/v1/negotiations/" + id + "/roadmap")
                .then().statusCode(200)
                .body("milestones.milestone.title",
                        contains("Ministers meet", "Second round", "Suspension ends", "Sign the deal"))
                .body("milestones.overdue", contains(false, true, false, false))
                .body("milestones.dueSoon", contains(false, false, true, false))
                .body("milestones.atRisk", contains(false, false, true, false))
                .body("milestones.daysUntilDue", contains(-15, -6, 8, 91))
                .body("summary.overdue", equalTo(1))
                .body("summary.atRisk", equalTo(1))
                .body("summary.next.title", equalTo("Suspension ends"));
    }

    @Test
    void aDoneMilestoneNeedsItsDate() {
        long id = Api.openNegotiation();
        given().contentType(ContentType.JSON)
                .body(milestone("AGREEMENT", "Deal", "2025-07-31", "DONE", null))
                .when().post("/api/v1/negotiations/" + id + "/milestones")
                .then().statusCode(400)
                .body("violations.field", hasItem("doneOn"));
    }

    @Test
    void marksAMilestoneDoneAndRefusesAStaleUpdate() {
        long id = Api.openNegotiation();
        long milestoneId = addMilestone(id, "TECHNICAL_ROUND", "Round", "2025-06-25", "PLANNED", null);
        Map<String, Object> done = milestone("TECHNICAL_ROUND", "Round", "2025-06-25", "DONE", "2025-06-26");
        done.put("version", 0);

        String path = "/api/v1/negotiations/" + id + "/milestones/" + milestoneId;
        given().contentType(ContentType.JSON).body(done).when().put(path)
                .then().statusCode(200).body("status", equalTo("DONE")).body("doneOn", equalTo("2025-06-26"));
        given().contentType(ContentType.JSON).body(done).when().put(path)
                .then().statusCode(409).body("type", equalTo("urn:tradedeal:problem:stale-version"));
    }

    @Test
    void deletesAMilestoneOfTheNegotiationOnly() {
        long id = Api.openNegotiation();
        long other = Api.openNegotiation();
        long milestoneId = addMilestone(id, "OTHER", "Briefing", "2025-06-01", "PLANNED", null);

        given().when().delete("/api/v1/negotiations/" + other + "/milestones/" + milestoneId).then().statusCode(404);
        given().when().delete("/api/v1/negotiations/" + id + "/milestones/" + milestoneId).then().statusCode(204);
        given().when().get("/api/v1/negotiations/" + id + "/milestones/" + milestoneId).then().statusCode(404);
    }

    static long addMilestone(long negotiationId, String kind, String title, String due, String status, String doneOn) {
        return given().contentType(ContentType.JSON).body(milestone(kind, title, due, status, doneOn))
                .when().post("/api/v1/negotiations/" + negotiationId + "/milestones")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> milestone(String kind, String title, String due, String status, String doneOn) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "dueDate", due, "status", status));
        if (doneOn != null) {
            body.put("doneOn", doneOn);
        }
        return body;
    }
}
