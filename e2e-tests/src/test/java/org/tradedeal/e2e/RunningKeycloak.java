package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The suite's real identity provider: Keycloak from its Maven Central distribution, started by
 * deploy/keycloak/keycloak.sh (as the local run does) on free ports with the realm file imported into a fresh
 * database; and the tokens its users get, by the password grant of the public client tradedeal-cli, as curl does.
 */
final class RunningKeycloak implements AutoCloseable {

    static final String REALM = "tradedeal";
    /** Its first start builds the distribution (once) and imports the realm: slow on a busy machine. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** A token is asked for again once it has less than this to live. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> command;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private Process process;

    private record Token(String value, Instant expires) {
    }

    /**
     * @param environment what the realm file reads: the desk's URL (TRADEDEAL_DESK_URL) and the clients' secrets
     */
    RunningKeycloak(Path root, int port, int managementPort, Path dataDirectory, Path log, Map<String, String> environment) {
        this.port = port;
        this.log = log;
        this.environment = environment;
        this.command = List.of("bash", root.resolve("deploy/keycloak/keycloak.sh").toString(), "start",
                String.valueOf(port), String.valueOf(managementPort), dataDirectory.toString());
    }

    void start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            // keycloak.sh finds java as kc.sh does: the one running these tests.
            ProcessHandle.current().info().command().map(Path::of).map(Path::getParent).map(Path::getParent)
                    .ifPresent(javaHome -> builder.environment().put("JAVA_HOME", javaHome.toString()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
        awaitRealm();
    }

    /** The issuer of every token, as the services are told it (QUARKUS_OIDC_AUTH_SERVER_URL). */
    String issuer() {
        return url() + "/realms/" + REALM;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** A valid access token of the user (password: the user name + "-pw", as in the realm file). */
    String accessToken(String user) {
        Token token = tokens.compute(user, (name, cached) -> cached != null
                && cached.expires().isAfter(Instant.now().plus(TOKEN_MARGIN)) ? cached
                : requestToken(Map.of("grant_type", "password", "client_id", "tradedeal-cli", "username", name,
                "password", name + "-pw", "scope", "openid")));
        return token.value();
    }

    /** A token by the client-credentials grant of a confidential client (a service's own identity). */
    String clientToken(String clientId, String secret) {
        return requestToken(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .value();
    }

    /** The claims of a token, as the services read them (the signature was checked by whoever accepted it). */
    static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Token requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.getOrDefault("username",
                        form.get("client_id")) + ": " + answer.statusCode() + " " + answer.body());
            }
            JsonNode json = JSON.readTree(answer.body());
            return new Token(json.path("access_token").asText(),
                    Instant.now().plusSeconds(json.path("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ready once the realm answers its discovery document: it is imported by then. */
    private void awaitRealm() {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant started = Instant.now();
        Instant deadline = started.plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("Keycloak answered its realm %d ms after its start%n",
                            Duration.between(started, Instant.now()).toMillis());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not answer its realm within " + READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
