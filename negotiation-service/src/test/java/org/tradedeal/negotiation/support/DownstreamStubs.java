package org.tradedeal.negotiation.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * One WireMock server on a free port answers for both downstream services (their paths do not overlap:
 * /api/v1/baselines and /api/v1/evaluations); the REST clients are pointed at it.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    /** The identity provider's token endpoint, for the service's client-credentials token; never reset. */
    private WireMockServer identityProvider;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        identityProvider = new WireMockServer(wireMockConfig().dynamicPort());
        identityProvider.start();
        identityProvider.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        return Map.of(
                "quarkus.rest-client.trade-data.url", server.baseUrl(),
                "quarkus.rest-client.rules.url", server.baseUrl(),
                "quarkus.oidc-client.auth-server-url", identityProvider.baseUrl(),
                "quarkus.oidc-client.token-path", "/token");
    }

    /** The access token the stub identity provider hands negotiation-service for its calls downstream. */
    public static final String SERVICE_TOKEN = "test-service-token";

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectDownstreams.class,
                WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (identityProvider != null) {
            identityProvider.stop();
        }
    }
}
