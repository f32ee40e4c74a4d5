package org.tradedeal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.ProviderApi;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer-side contract tests: what this service sends to trade-data-service and rules-service, and
 * the answers its other tests stub for them, checked against the OpenAPI documents those services
 * publish with their build. We chose the providers' OpenAPI documents over Pact: both providers
 * already publish a complete, generated description of their API, the check needs no broker and no
 * provider-state plumbing, and it runs in the same Maven build, so a provider change that breaks this
 * service fails the build at once.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class ProviderContractTests extends StubbedDownstreams {

    private static final ObjectMapper JSON = new ObjectMapper();


    @Test
    void theBaselineThisServiceAsksForIsServedByTradeDataService() {
        ProviderApi tradeData = ProviderApi.of("trade-data-service");
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);

        LoggedRequest request = downstreams.findAll(getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH))).get(0);
        assertThat(tradeData.queryParameters("GET", Stubs.BASELINES_PATH))
                .containsAll(request.getQueryParams().keySet());
        assertThat(tradeData.responseViolations("GET", Stubs.BASELINES_PATH, 200, Stubs.read(Stubs.BASELINE)))
                .as("the stubbed baseline against trade-data-service's answer").isEmpty();
    }

    @Test
    void theEvaluationRequestThisServiceSendsIsWhatRulesServiceTakes() {
        ProviderApi rules = ProviderApi.of("rules-service");
        long draft = Api.createDraft(Api.openNegotiation(), Map.of(
                "purchases", List.of(Api.purchase("5201", 500_000_000L, 2025, 3)),
                "barrierRemovals", List.of(Api.removal("SPS-1"),
                        Map.of("barrierCode", "SPS-2", "verifiable", false, "binding", false)),
                "tariffCuts", List.of(Map.of("hsCode", "8471", "fromPct", 20, "toPct", 5)),
                "intentions", List.of("Explore LNG purchases")));
        Api.submit(draft, 1).statusCode(200);

        String sent = downstreams.findAll(postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))).get(0).getBodyAsString();
        assertThat(rules.requestViolations("POST", Stubs.EVALUATIONS_PATH, sent))
                .as("the evaluation request against rules-service's request body").isEmpty();
    }

    @Test
    void theEvaluationThisServiceReadsIsWhatRulesServiceAnswers() {
        ProviderApi rules = ProviderApi.of("rules-service");
        assertThat(rules.responseViolations("POST", Stubs.EVALUATIONS_PATH, 200, Stubs.read(Stubs.EVALUATION)))
                .as("the stubbed evaluation against rules-service's answer").isEmpty();
    }

    /** Together with the test above: every field this service reads exists in rules-service's answer. */
    @Test
    void theStubbedEvaluationHoldsEveryFieldThisServiceReads() throws Exception {
        JsonNode stub = JSON.readTree(Stubs.read(Stubs.EVALUATION));
        List<String> missing = new ArrayList<>();
        collectMissing(RulesEvaluation.class, stub, "", missing);
        assertThat(missing).as("fields RulesEvaluation reads that the stub lacks").isEmpty();
    }

    private static void collectMissing(Class<?> type, JsonNode node, String path, List<String> missing) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = path + component.getName();
            JsonNode value = node.get(component.getName());
            if (value == null) {
                missing.add(name);
                continue;
            }
            Class<?> componentType = component.getType();
            if (List.class.isAssignableFrom(componentType)) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                    if (value.isEmpty()) {
                        missing.add(name + "[] (empty: nothing to check)");
                    }
                    value.forEach(item -> collectMissing(elementClass, item, name + "[].", missing));
                }
            } else if (componentType.isRecord()) {
                collectMissing(componentType, value, name + ".", missing);
            }
        }
    }
}
