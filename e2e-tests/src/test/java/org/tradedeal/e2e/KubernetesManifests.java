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

/** One service's objects in the kustomize base (deploy/kubernetes/base/<service>). */
final class KubernetesManifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path directory;

    KubernetesManifests(Path root, String service) {
        this.directory = root.resolve("deploy/kubernetes/base").resolve(service);
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
