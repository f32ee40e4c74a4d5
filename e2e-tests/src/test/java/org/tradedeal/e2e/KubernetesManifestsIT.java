package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests agree with what the applications actually serve: the probes answer on the
 * running services' management port (and not on the API port), the ports line up from the application to
 * the Service and to the scraping annotations, and the addresses the ConfigMaps give name the Services and
 * databases the manifests create. (The services of this test run were started on the ConfigMaps'
 * configuration, see {@link RunningSuite}.)
 */
@ExtendWith(SuiteExtension.class)
class KubernetesManifestsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void everyProbeOfTheDeploymentAnswersOnTheManagementPortOfTheRunningService(String name, RunningSuite suite)
            throws Exception {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode httpGet = manifests.container().path(probe).path("httpGet");
            String path = httpGet.path("path").asText();
            assertThat(path).as(name + " " + probe).startsWith("/q/health/");
            assertThat(httpGet.path("port").asText()).as(name + " " + probe + " port").isEqualTo("management");
            HttpResponse<String> answer = get(suite.managementUrl(name) + path);
            assertThat(answer.statusCode()).as(name + " " + probe + " " + path).isEqualTo(200);
            assertThat(answer.body()).contains("\"UP\"");
            assertThat(get(suite.url(name) + path).statusCode()).as(name + " API port " + path).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void prometheusScrapesTheMetricsOnTheManagementPort(String name, RunningSuite suite) throws Exception {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        JsonNode annotations = manifests.podAnnotations();

        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(manifests.managementPort()));
        String path = annotations.path("prometheus.io/path").asText();
        assertThat(get(suite.managementUrl(name) + path).statusCode()).isEqualTo(200);
        assertThat(get(suite.url(name) + path).statusCode()).as("metrics on the API port").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void thePortLinesUpFromTheApplicationToTheService(String name, RunningSuite suite) throws IOException {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        int applicationPort = Integer.parseInt(applicationProperties(suite.root(), name).getProperty("quarkus.http.port"));

        assertThat(manifests.httpPort()).as("containerPort http").isEqualTo(applicationPort);
        assertThat(manifests.configuration().get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(applicationPort));
        assertThat(manifests.service().path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(applicationPort);
        assertThat(manifests.service().path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
        assertThat(manifests.service().path("spec").path("ports")).as("the Service exposes the API port alone").hasSize(1);
        assertThat(manifests.service().path("metadata").path("name").asText()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void theManagementPortLinesUpFromTheConfigMapToTheContainer(String name, RunningSuite suite) throws IOException {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        Properties application = applicationProperties(suite.root(), name);

        assertThat(application.getProperty("quarkus.management.enabled")).isEqualTo("true");
        assertThat(manifests.configuration().get("QUARKUS_MANAGEMENT_PORT")).isEqualTo(String.valueOf(manifests.managementPort()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void theGracePeriodCoversThePreStopPauseAndTheApplicationsGracefulShutdown(String name, RunningSuite suite)
            throws IOException {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        Properties application = applicationProperties(suite.root(), name);
        int preStop = manifests.container().path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
        int delay = seconds(application.getProperty("quarkus.shutdown.delay"));
        int timeout = seconds(application.getProperty("quarkus.shutdown.timeout"));

        assertThat(application.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        assertThat(preStop).as("preStop pause").isPositive();
        assertThat(manifests.deployment().path("spec").path("template").path("spec").path("terminationGracePeriodSeconds").asInt())
                .as("terminationGracePeriodSeconds").isGreaterThan(preStop + delay + timeout);
    }

    /** A duration property such as 30s, in seconds. */
    private static int seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Integer.parseInt(duration.substring(0, duration.length() - 1));
    }

    @Test
    void negotiationServiceIsPointedAtTheOtherServicesByTheirServiceNamesAndPorts(RunningSuite suite) {
        var configuration = new KubernetesManifests(suite.root(), "negotiation-service").configuration();
        assertThat(configuration.get("QUARKUS_REST_CLIENT_TRADE_DATA_URL")).isEqualTo(address(suite, "trade-data-service"));
        assertThat(configuration.get("QUARKUS_REST_CLIENT_RULES_URL")).isEqualTo(address(suite, "rules-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade-data-service", "rules-service", "negotiation-service"})
    void everyServiceChecksTokensOfTheRealmTheBundledKeycloakServes(String name, RunningSuite suite) {
        String issuer = new KubernetesManifests(suite.root(), name).configuration().get("QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(issuer).isEqualTo(address(suite, "keycloak") + "/realms/" + RunningKeycloak.REALM);
        KubernetesManifests keycloak = new KubernetesManifests(suite.root(), "keycloak");
        assertThat(keycloak.configuration().get("KC_HTTP_PORT")).as("Keycloak's port behind its Service")
                .isEqualTo(String.valueOf(keycloak.httpPort()));
    }

    @Test
    void theDataOwningServicesUseTheDatabasesThePostgresInitCreates(RunningSuite suite) throws IOException {
        String init = Files.readString(suite.root().resolve("deploy/kubernetes/base/postgres/init-databases.sh"));
        for (String name : List.of("trade-data-service", "negotiation-service")) {
            String url = new KubernetesManifests(suite.root(), name).configuration().get("QUARKUS_DATASOURCE_JDBC_URL");
            assertThat(url).startsWith("jdbc:postgresql://postgres:5432/");
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertThat(init).as("init-databases.sh creates " + database).contains("CREATE DATABASE " + database + " ");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String address(RunningSuite suite, String name) {
        KubernetesManifests manifests = new KubernetesManifests(suite.root(), name);
        return "http://" + manifests.service().path("metadata").path("name").asText() + ":"
                + manifests.service().path("spec").path("ports").get(0).path("port").asInt();
    }

    private static Properties applicationProperties(Path root, String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(name).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
