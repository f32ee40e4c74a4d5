package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tradedeal.localpostgres.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three packaged services, started as separate processes on free ports (an API port and a management
 * port each) against fresh databases (the configured PostgreSQL server, or an embedded one), the way an
 * operator runs them, with their traces exported to an OTLP receiver in the test; and, before them, the
 * Keycloak whose tokens they check (the realm file imported afresh, its desk client redirecting to this run's
 * negotiation-service).
 */
final class RunningSuite implements ExtensionContext.Store.CloseableResource {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CLUSTER_DATABASE = Pattern.compile("jdbc:postgresql://postgres:5432/(\\w+)");
    /** A cluster address, e.g. http://rules-service:8082 or the issuer http://keycloak:8180/realms/tradedeal. */
    private static final Pattern CLUSTER_SERVICE = Pattern.compile("http://([a-z-]+):\\d+(/.*)?");
    private static final String KEYCLOAK = "keycloak";

    private final Path root;
    private final Path logs;
    private final LocalPostgres postgres;
    /** Between the services and PostgreSQL, so a test can take the database away (see {@link #database()}). */
    private final TcpProxy databaseProxy;
    private final OtlpReceiver traces = new OtlpReceiver();
    private final RunningKeycloak keycloak;
    private final Map<String, Service> services = new LinkedHashMap<>();

    /** One service: how to start it, and its process while it runs. */
    private final class Service {
        final String name;
        final int port;
        final int managementPort;
        final List<String> command;
        final Map<String, String> environment;
        Process process;

        Service(String name, int port, int managementPort, List<String> jvmOptions, Map<String, String> environment) {
            this.name = name;
            this.port = port;
            this.managementPort = managementPort;
            this.environment = environment;
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build the whole suite (./mvnw verify) so the "
                        + "services are packaged before the end-to-end tests run");
            }
            this.command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xmx256m");
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
        }

        void start() {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
                builder.environment().putAll(environment);
                // The manifests' ports are the cluster's; here every service takes free ones.
                builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
                builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
                // Traces go to the test's receiver, over OTLP/HTTP, without the exporter's usual 5 s wait.
                builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
                builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
                builder.environment().put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + name, e);
            }
            awaitReady();
        }

        void stop() {
            if (process == null) {
                return;
            }
            process.destroy(); // SIGTERM: a graceful shutdown (5 s delay, up to 30 s for requests in flight)
            try {
                if (!process.waitFor(45, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }

        private void awaitReady() {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                            + logs.resolve(name + ".log"));
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(Duration.ofMillis(250));
            }
            throw new IllegalStateException(name + " was not ready after " + READY_TIMEOUT);
        }

        String url() {
            return "http://localhost:" + port;
        }

        String managementUrl() {
            return "http://localhost:" + managementPort;
        }
    }

    RunningSuite() {
        root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        logs = Path.of(System.getProperty("suite.logs", "target/e2e-logs")).toAbsolutePath();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = LocalPostgres.connectOrStart(LocalPostgres.Settings.fromEnvironment(),
                LocalPostgres.Fallback.ephemeral());
        databaseProxy = new TcpProxy(postgres.host(), postgres.port());
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        for (String name : List.of("trade-data-service", "rules-service", "negotiation-service")) {
            ports.put(name, freePort());
            managementPorts.put(name, freePort());
        }
        int keycloakPort = freePort();
        keycloak = new RunningKeycloak(root, keycloakPort, freePort(), logs.resolveSibling("e2e-keycloak"),
                logs.resolve("keycloak.log"), keycloakEnvironment(ports.get("negotiation-service")));
        ports.put(KEYCLOAK, keycloakPort);
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            String name = service.getKey();
            if (name.equals(KEYCLOAK)) {
                continue;
            }
            // The production defaults: the fault tests measure the recovery an operator gets.
            List<String> jvmOptions = List.of();
            add(new Service(name, service.getValue(), managementPorts.get(name), jvmOptions, environment(name, ports)));
        }
    }

    /**
     * The environment the service's Kubernetes manifests give it (its ConfigMap, and the Secret keys its
     * Deployment reads), with the cluster's addresses replaced by this machine's: so the services run here
     * on the configuration an operator deploys.
     */
    private Map<String, String> environment(String name, Map<String, Integer> ports) {
        KubernetesManifests manifests = new KubernetesManifests(root, name);
        Map<String, String> environment = new LinkedHashMap<>();
        manifests.configuration().forEach((key, value) -> environment.put(key, local(value, ports)));
        for (JsonNode variable : manifests.container().path("env")) {
            JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
            String secretKey = secretRef.path("key").asText(null);
            if ("username".equals(secretKey)) {
                environment.put(variable.path("name").asText(), postgres.user());
            } else if ("password".equals(secretKey)) {
                environment.put(variable.path("name").asText(), postgres.password());
            } else if (secretKey != null) {
                // e.g. a client's secret: the value the base generates, which Keycloak is given too
                manifests.secretValue(secretRef.path("name").asText(), secretKey)
                        .ifPresent(value -> environment.put(variable.path("name").asText(), value));
            }
        }
        return environment;
    }

    /**
     * What the realm file reads from Keycloak's environment: the clients' secrets its Deployment takes from the
     * base's Secrets, and where the desk is (this run's negotiation-service).
     */
    private Map<String, String> keycloakEnvironment(int negotiationPort) {
        KubernetesManifests manifests = new KubernetesManifests(root, KEYCLOAK);
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode variable : manifests.container().path("env")) {
            JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
            String name = variable.path("name").asText();
            if (name.endsWith("_CLIENT_SECRET")) {
                manifests.secretValue(secretRef.path("name").asText(), secretRef.path("key").asText())
                        .ifPresent(value -> environment.put(name, value));
            }
        }
        environment.put("TRADEDEAL_DESK_URL", "http://localhost:" + negotiationPort);
        return environment;
    }

    /** A cluster address in a configuration value, as reached from this machine. */
    private String local(String value, Map<String, Integer> ports) {
        Matcher database = CLUSTER_DATABASE.matcher(value);
        if (database.matches()) {
            String name = LocalPostgres.testDatabaseName(database.group(1) + "_e2e");
            postgres.recreateDatabase(name);
            return "jdbc:postgresql://127.0.0.1:" + databaseProxy.port() + "/" + name;
        }
        Matcher service = CLUSTER_SERVICE.matcher(value);
        if (service.matches() && ports.containsKey(service.group(1))) {
            return "http://localhost:" + ports.get(service.group(1)) + (service.group(2) == null ? "" : service.group(2));
        }
        return value;
    }

    private void add(Service service) {
        services.put(service.name, service);
    }

    void startAll() {
        keycloak.start();
        services.values().forEach(Service::start);
    }

    void start(String name) {
        services.get(name).start();
    }

    void stop(String name) {
        services.get(name).stop();
    }

    String url(String name) {
        return services.get(name).url();
    }

    /** Health and metrics of the service. */
    String managementUrl(String name) {
        return services.get(name).managementUrl();
    }

    /** The identity provider, and its users' tokens. */
    RunningKeycloak keycloak() {
        return keycloak;
    }

    /** A request to the service's API as the user (see {@link Users}), with the user's access token. */
    RequestSpecification api(String service, String user) {
        return RestAssured.given().baseUri(url(service)).auth().oauth2(keycloak.accessToken(user))
                .accept(ContentType.JSON);
    }

    /** The services' way to PostgreSQL: cut it to take the database away from them, restore it to give it back. */
    TcpProxy database() {
        return databaseProxy;
    }

    /** The spans the services exported so far. */
    OtlpReceiver traces() {
        return traces;
    }

    /** What the service logged (JSON lines: the services run in the prod profile). */
    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    Path root() {
        return root;
    }

    @Override
    public void close() {
        List<Service> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(Service::stop);
        keycloak.close();
        traces.close();
        databaseProxy.close();
        postgres.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
