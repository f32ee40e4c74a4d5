package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * The baseline is kept with its ETag and asked for again with If-None-Match: an unchanged baseline comes back
 * as a 304 with no body and the kept one is scored against; rules-service gets only the fields its rules read.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class BaselineRevalidationTests extends StubbedDownstreams {

    private static final String ETAG = "\"sha256:stub-vintage-1\"";

    @Test
    void scoresAgainstTheKeptBaselineWhenTradeDataServiceAnswers304() {
        downstreams.stubFor(Stubs.baselineRequest().atPriority(1)
                .withHeader("If-None-Match", equalTo(ETAG))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", ETAG)));
        downstreams.stubFor(Stubs.baselineRequest().atPriority(2)
                .willReturn(Stubs.ok(Stubs.BASELINE).withHeader("ETag", ETAG)));
        long negotiation = Api.openNegotiation();

        Api.submit(Api.createDraft(negotiation), 1).statusCode(200).body("status", is("SCORED"));
        Api.submit(Api.createDraft(negotiation), 1).statusCode(200).body("status", is("SCORED"))
                .body("latestEvaluation.dataVintage", is("sha256:stub-vintage-1"));

        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)).withHeader("If-None-Match", absent()));
        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)).withHeader("If-None-Match", equalTo(ETAG)));
        downstreams.verify(2, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.baseline.barriers[0].code", equalTo("SPS-1")))
                .withRequestBody(matchingJsonPath("$.baseline.exportsUsd")));
    }

    @Test
    void aChangedBaselineIsTakenAsItComes() {
        downstreams.stubFor(Stubs.baselineRequest().willReturn(Stubs.ok(Stubs.BASELINE).withHeader("ETag", ETAG)));
        long negotiation = Api.openNegotiation();
        Api.submit(Api.createDraft(negotiation), 1).statusCode(200);
        downstreams.resetRequests();
        downstreams.stubFor(Stubs.baselineRequest().willReturn(Stubs.ok(Stubs.BASELINE)
                .withBody(Stubs.read(Stubs.BASELINE).replace("sha256:stub-vintage-1", "sha256:stub-vintage-2"))
                .withHeader("ETag", "\"sha256:stub-vintage-2\"")));

        Api.submit(Api.createDraft(negotiation), 1).statusCode(200);

        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)).withHeader("If-None-Match", equalTo(ETAG)));
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.baseline.dataVintage", equalTo("sha256:stub-vintage-2"))));
    }

    @Test
    void sendsTheRulesOnlyTheFieldsTheyRead() {
        Api.submit(Api.createDraft(Api.openNegotiation()), 1).statusCode(200);

        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.baseline.exportsByProduct[0].hsCode"))
                .withRequestBody(matchingJsonPath("$.baseline.importsUsd"))
                .withRequestBody(matchingJsonPath("$.baseline.measures", absent()))
                .withRequestBody(matchingJsonPath("$.baseline.importsByProduct", absent()))
                .withRequestBody(matchingJsonPath("$.baseline.reciprocalRate", absent())));
    }
}
