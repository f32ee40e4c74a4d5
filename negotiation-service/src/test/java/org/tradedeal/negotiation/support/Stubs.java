package org.tradedeal.negotiation.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The downstream answers the tests rely on. The JSON bodies live in src/test/resources/contracts, where
 * the contract tests hold them to the providers' published OpenAPI documents.
 */
public final class Stubs {

    public static final String BASELINE = "contracts/baseline-us-pk-2024.json";
    public static final String EVALUATION = "contracts/evaluation-partial.json";
    public static final String BASELINES_PATH = "/api/v1/baselines";
    public static final String EVALUATIONS_PATH = "/api/v1/evaluations";

    private Stubs() {
    }

    /** trade-data-service and rules-service both answer normally. */
    public static void healthy(WireMockServer server) {
        server.resetAll();
        baseline(server, ok(BASELINE));
        rules(server, ok(EVALUATION));
    }

    public static void baseline(WireMockServer server, ResponseDefinitionBuilder answer) {
        server.stubFor(baselineRequest().willReturn(answer));
    }

    public static void rules(WireMockServer server, ResponseDefinitionBuilder answer) {
        server.stubFor(rulesRequest().willReturn(answer));
    }

    public static MappingBuilder baselineRequest() {
        return get(urlPathEqualTo(BASELINES_PATH));
    }

    public static MappingBuilder rulesRequest() {
        return post(urlPathEqualTo(EVALUATIONS_PATH));
    }

    public static ResponseDefinitionBuilder ok(String resource) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(read(resource));
    }

    public static ResponseDefinitionBuilder problem(int status, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + ",\"title\":\"stub\",\"detail\":\"" + detail + "\"}");
    }

    /**
     * The stub evaluation as a later rules-service would answer it: another ruleset version, another data
     * vintage, 6 more points on BARRIERS from a rule that now fires.
     */
    public static String laterEvaluation(String rulesetVersion, String dataVintage) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode answer =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(read(EVALUATION));
            answer.put("score", answer.get("score").decimalValue().add(java.math.BigDecimal.valueOf(6)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("ruleset")).put("version", rulesetVersion);
            answer.put("dataVintage", dataVintage);
            com.fasterxml.jackson.databind.node.ObjectNode barriers =
                    (com.fasterxml.jackson.databind.node.ObjectNode) answer.get("concerns").get(1);
            barriers.put("score", barriers.get("score").decimalValue().add(java.math.BigDecimal.valueOf(6)));
            ((com.fasterxml.jackson.databind.node.ArrayNode) answer.get("firedRules")).addObject()
                    .put("rule", "Verifiable removal of a barrier that blocks a top export").put("concern", "BARRIERS")
                    .put("points", 6).put("reason", "SPS-1 blocks soybeans (137,000,000 USD)");
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseDefinitionBuilder okBody(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static String read(String resource) {
        try (InputStream in = Stubs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
