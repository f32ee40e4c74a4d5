package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class OpenApiTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryATagAndAnErrorResponse() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");

        assertTrue(paths.keySet().containsAll(List.of("/api/v1/formula/reciprocal-rate", "/api/v1/reciprocal-rates",
                "/api/v1/baselines", "/api/v1/barriers", "/api/v1/import-batches", "/api/v1/tariff-measures")));
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            assertTrue(operation.containsKey("summary"), name + " has a summary");
            assertFalse(((List<String>) operation.get("tags")).isEmpty(), name + " has a tag");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), name + " documents its success");
            // anything a caller can get wrong (a body, a path, a required or typed parameter) has its error documented
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean canBeWrong = path.contains("{") || operation.containsKey("requestBody") || parameters.stream()
                    .anyMatch(parameter -> Boolean.TRUE.equals(parameter.get("required")) || parameter.get("schema") instanceof Map<?, ?> schema
                            && (schema.containsKey("pattern") || "integer".equals(schema.get("type"))));
            if (canBeWrong) {
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")), name + " documents its errors");
            }
        }));
    }
}
