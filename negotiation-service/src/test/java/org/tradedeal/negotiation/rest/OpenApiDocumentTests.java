package org.tradedeal.negotiation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the published document says what a client generator and a reader need: a stable
 * operationId, the schema of every body it answers with, its problem responses as problem details, and the
 * headers of its 201s and 202s. Redocly's lint in CI checks the rest of the document's form.
 * <p>
 * A deliberate copy: kept identical to negotiation-service's, rules-service's and trade-data-service's
 * {@code rest/OpenApiDocumentTests.java} (only the package differs).
 */
@QuarkusTest
class OpenApiDocumentTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnOperationIdSchemasAndProblemResponses() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(document.getList("servers").isEmpty(), "the document names its server");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertFalse(paths.isEmpty());
        List<String> failures = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Object operationId = operation.get("operationId");
            if (!(operationId instanceof String id) || !id.matches("[a-z][a-zA-Z0-9]*")) {
                failures.add(name + ": no camelCase operationId");
            } else if (!operationIds.add(id)) {
                failures.add(name + ": operationId " + id + " is not unique");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean problems = false;
            for (Map.Entry<String, Map<String, Object>> response : responses.entrySet()) {
                String code = response.getKey();
                Map<String, Map<String, Object>> content =
                        (Map<String, Map<String, Object>>) response.getValue().getOrDefault("content", Map.of());
                Map<String, Object> headers = (Map<String, Object>) response.getValue().getOrDefault("headers", Map.of());
                if (code.startsWith("4") || code.startsWith("5")) {
                    problems = true;
                    if (!content.containsKey("application/problem+json")
                            || !content.get("application/problem+json").containsKey("schema")) {
                        failures.add(name + " " + code + ": not documented as application/problem+json with its schema");
                    }
                } else if (code.startsWith("2") && !code.equals("204")) {
                    if (content.isEmpty() || content.values().stream().anyMatch(media -> !media.containsKey("schema"))) {
                        failures.add(name + " " + code + ": no schema of its body");
                    }
                }
                if ((code.equals("201") || code.equals("202")) && !headers.containsKey("Location")) {
                    failures.add(name + " " + code + ": no Location header");
                }
                if (code.equals("202") && !headers.containsKey("Retry-After")) {
                    failures.add(name + " " + code + ": no Retry-After header");
                }
            }
            if (!problems) {
                failures.add(name + ": no problem response");
            }
        }));
        assertEquals(List.of(), failures);
    }
}
