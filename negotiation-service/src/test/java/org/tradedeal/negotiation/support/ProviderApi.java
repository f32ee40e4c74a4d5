package org.tradedeal.negotiation.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider's published OpenAPI document (OpenAPI 3.1, so its schemas are JSON Schema 2020-12), read
 * strictly: an object may hold only the properties the provider declares, and an optional property may
 * be null. JSON this service sends to the provider, and the stub answers its tests rely on, must
 * validate against it; so a provider that renames, drops or retypes a field this service uses breaks
 * this service's build.
 */
public final class ProviderApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final String uri;

    private ProviderApi(String provider, JsonNode document) {
        this.provider = provider;
        this.document = document;
        this.uri = "https://contracts.tradedeal.invalid/" + provider + "/openapi.json";
        String strict = strict(document.deepCopy()).toString();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(uri, strict)));
    }

    /**
     * The document the provider module writes with its build (quarkus.smallrye-openapi.store-schema-directory),
     * next to this module in the repository. The parent POM lists the providers before this module, so a
     * build of the whole suite has written it by the time these tests run.
     */
    public static ProviderApi of(String provider) {
        Path path = Path.of("..", provider, "target", "openapi", "openapi.json");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path.toAbsolutePath().normalize() + " is missing: build the providers "
                    + "first (./mvnw -B -ntp verify builds everything in order; or ./mvnw -pl " + provider
                    + " package -DskipTests)");
        }
        try {
            return new ProviderApi(provider, JSON.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation exists. */
    public JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            throw new AssertionError(provider + " has no " + method + " " + path);
        }
        return operation;
    }

    /** The names of the operation's query parameters. */
    public Set<String> queryParameters(String method, String path) {
        Set<String> names = new HashSet<>();
        operation(method, path).path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    /** Problems of {@code body} as the request body of the operation; empty when it conforms. */
    public List<String> requestViolations(String method, String path, String body) {
        operation(method, path);
        return validate(pointer("paths", path, method.toLowerCase(), "requestBody", "content", "application/json",
                "schema"), body);
    }

    /** Problems of {@code body} as the operation's answer with that status; empty when it conforms. */
    public List<String> responseViolations(String method, String path, int status, String body) {
        JsonNode content = operation(method, path).path("responses").path(String.valueOf(status)).path("content");
        String mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
        return validate(pointer("paths", path, method.toLowerCase(), "responses", String.valueOf(status), "content",
                mediaType, "schema"), body);
    }

    private List<String> validate(String pointer, String body) {
        Schema schema = registry.getSchema(SchemaLocation.of(uri + "#" + pointer));
        try {
            return schema.validate(JSON.readTree(body)).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pointer(String... segments) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : segments) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * Every schema that lists properties allows no others ({@code unevaluatedProperties: false}, which
     * also holds across allOf/anyOf), and each property it does not require may be null.
     */
    private static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject()) {
                Set<String> required = new HashSet<>();
                object.path("required").forEach(name -> required.add(name.asText()));
                ObjectNode properties = (ObjectNode) object.get("properties");
                for (Map.Entry<String, JsonNode> property : new ArrayList<>(properties.properties())) {
                    JsonNode schema = strict(property.getValue());
                    if (!required.contains(property.getKey())) {
                        ObjectNode nullable = JSON.createObjectNode();
                        ArrayNode anyOf = nullable.putArray("anyOf");
                        anyOf.add(schema);
                        anyOf.addObject().put("type", "null");
                        schema = nullable;
                    }
                    properties.set(property.getKey(), schema);
                }
                if (!object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                    object.put("unevaluatedProperties", false);
                }
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (!"properties".equals(field.getKey())) {
                    field.setValue(strict(field.getValue()));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, strict(array.get(i)));
            }
        }
        return node;
    }
}
