package org.tradedeal.negotiation.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradedeal.negotiation.support.Users;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.tradedeal.negotiation.security.SecurityMatrix.Entry.allow;

/**
 * negotiation-service: admins manage negotiations and milestones; negotiators write the drafts of their own side;
 * negotiators, analysts and admins read. Operations on a draft refuse the other side (US, on a draft of PK that
 * was not shared); those that make a draft or score content for a side refuse a side that is no party (CN). Each
 * call gets a negotiation, a milestone and a PK draft of its own, so served calls change nothing another needs.
 */
@QuarkusTest
class SecurityMatrixTests {

    private static final SecurityMatrix.Entry READ = allow(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN);
    private static final SecurityMatrix.Entry MANAGE = allow(Roles.ADMIN);
    private static final SecurityMatrix.Entry WRITE_FOR_A_PARTY = allow(Roles.NEGOTIATOR).refusing("CN");
    private static final SecurityMatrix.Entry READ_OWN_DRAFT = READ.refusing("US");
    private static final SecurityMatrix.Entry WRITE_OWN_DRAFT = allow(Roles.NEGOTIATOR).refusing("US");

    private static final Map<String, SecurityMatrix.Entry> TABLE = Map.ofEntries(
            entry("GET /api/v1/audit-records/by-entity", MANAGE),
            entry("GET /api/v1/audit-records/by-actor", MANAGE),
            entry("GET /api/v1/negotiations", READ),
            entry("POST /api/v1/negotiations", MANAGE),
            entry("GET /api/v1/negotiations/{id}", READ),
            entry("PUT /api/v1/negotiations/{id}", MANAGE),
            entry("DELETE /api/v1/negotiations/{id}", MANAGE),
            entry("GET /api/v1/negotiations/{id}/roadmap", READ),
            entry("GET /api/v1/negotiations/{id}/dashboard", READ),
            entry("POST /api/v1/negotiations/{id}/rescoring", WRITE_FOR_A_PARTY),
            entry("GET /api/v1/negotiations/{negotiationId}/milestones", READ),
            entry("POST /api/v1/negotiations/{negotiationId}/milestones", MANAGE),
            entry("GET /api/v1/negotiations/{negotiationId}/milestones/{milestoneId}", READ),
            entry("PUT /api/v1/negotiations/{negotiationId}/milestones/{milestoneId}", MANAGE),
            entry("DELETE /api/v1/negotiations/{negotiationId}/milestones/{milestoneId}", MANAGE),
            entry("GET /api/v1/negotiations/{negotiationId}/drafts", READ),
            entry("POST /api/v1/negotiations/{negotiationId}/drafts", WRITE_FOR_A_PARTY),
            entry("POST /api/v1/negotiations/{negotiationId}/previews", WRITE_FOR_A_PARTY),
            entry("GET /api/v1/drafts/{draftId}", READ_OWN_DRAFT),
            entry("GET /api/v1/drafts/{draftId}/versions", READ_OWN_DRAFT),
            entry("POST /api/v1/drafts/{draftId}/versions", WRITE_OWN_DRAFT),
            entry("GET /api/v1/drafts/{draftId}/versions/{version}", READ_OWN_DRAFT),
            entry("PUT /api/v1/drafts/{draftId}/versions/{version}/status", WRITE_OWN_DRAFT),
            entry("POST /api/v1/drafts/{draftId}/versions/{version}/sharing", WRITE_OWN_DRAFT),
            entry("POST /api/v1/drafts/{draftId}/versions/{version}/submission", WRITE_OWN_DRAFT),
            entry("POST /api/v1/drafts/{draftId}/versions/{version}/rescoring", WRITE_OWN_DRAFT),
            entry("GET /api/v1/drafts/{draftId}/versions/{version}/evaluations", READ_OWN_DRAFT),
            entry("GET /api/v1/drafts/{draftId}/versions/{version}/comparison", READ_OWN_DRAFT));

    private static final String CONTENT =
            "{\"purchases\":[{\"hsCode\":\"5201\",\"addedUsdPerYear\":1000000,\"firstYear\":2025,\"years\":1,\"binding\":true}]}";

    private final SecurityMatrix matrix = new SecurityMatrix("negotiation-service",
            Set.of(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE), TABLE, "PK", SecurityMatrixTests::target);

    /** A negotiation PK-US with a milestone and a PK draft of its own, and the call of the operation on them. */
    private static SecurityMatrix.Target target(SecurityMatrix.Operation operation) {
        long negotiation = Users.openNegotiation();
        long milestone = Users.ADMIN.call().contentType(ContentType.JSON)
                .body(Map.of("kind", "DEADLINE", "title", "Deadline", "dueDate", "2025-07-09", "status", "PLANNED"))
                .post("/api/v1/negotiations/" + negotiation + "/milestones")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long draft = Users.PK_NEGOTIATOR.createDraft(negotiation, "Matrix draft");
        String path = operation.path().replace("{id}", String.valueOf(negotiation))
                .replace("{negotiationId}", String.valueOf(negotiation))
                .replace("{milestoneId}", String.valueOf(milestone))
                .replace("{draftId}", String.valueOf(draft)).replace("{version}", "1");
        String body = switch (operation.key()) {
            case "POST /api/v1/negotiations/{negotiationId}/drafts" -> "{\"title\":\"Matrix\",\"content\":" + CONTENT + "}";
            case "POST /api/v1/negotiations/{negotiationId}/previews" -> "{\"content\":" + CONTENT + "}";
            case "POST /api/v1/drafts/{draftId}/versions" -> "{\"basedOnVersion\":1,\"content\":" + CONTENT + "}";
            case "PUT /api/v1/drafts/{draftId}/versions/{version}/status" -> "{\"status\":\"WITHDRAWN\"}";
            default -> null;
        };
        return new SecurityMatrix.Target(path, path.endsWith("/comparison") ? "otherVersion=1" : null, body);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasAnEntry() {
        matrix.assertTableCoversTheDocument();
    }

    @Test
    void everyOperationDeclaresItsSecurityInTheDocument() {
        SecurityMatrix.assertEveryOperationDeclaresItsSecurity();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhoMayNotCallIt() {
        return matrix.cases();
    }
}
