package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One service's objects in the kustomize base (deploy/kubernetes/base/<service>). */
final class KubernetesManifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path base;
    private final Path directory;

    KubernetesManifests(Path root, String service) {
        this.base = root.resolve("deploy/kubernetes/base");
        this.directory = base.resolve(service);
    }

    JsonNode deployment() {
        return read("deployment.yaml");
    }

    JsonNode service() {
        return read("service.yaml");
    }

    /** The environment the ConfigMap gives the service's container. */
    Map<String, String> configuration() {
        Map<String, String> data = new LinkedHashMap<>();
        read("configmap.yaml").path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue().asText()));
        return data;
    }

    /**
     * The value the base's secretGenerator gives key {@code key} of Secret {@code name} (a first install's value,
     * e.g. the local clients' secrets), if it gives one.
     */
    Optional<String> secretValue(String name, String key) {
        try {
            for (JsonNode secret : YAML.readTree(Files.readString(base.resolve("kustomization.yaml"))).path("secretGenerator")) {
                if (name.equals(secret.path("name").asText())) {
                    for (JsonNode literal : secret.path("literals")) {
                        String[] pair = literal.asText().split("=", 2);
                        if (pair[0].equals(key)) {
                            return Optional.of(pair[1]);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode container() {
        return deployment().path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** The container port named {@code http}: the API. */
    int httpPort() {
        return containerPort("http");
    }

    /** The container port named {@code management}: health and metrics. */
    int managementPort() {
        return containerPort("management");
    }

    /** The annotations of the pods. */
    JsonNode podAnnotations() {
        return deployment().path("spec").path("template").path("metadata").path("annotations");
    }

    private int containerPort(String name) {
        for (JsonNode port : container().path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(directory + ": the container names no port " + name);
    }

    private JsonNode read(String file) {
        try {
            return YAML.readTree(Files.readString(directory.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
