package org.tradedeal.tradedata.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A corpus of malformed requests generated from a service's own OpenAPI document: for every operation,
 * bad path and query parameters, malformed and mistyped bodies, out-of-range, huge and tiny numbers,
 * control characters, wrong media types, huge bodies, URLs and headers. Each request starts from the
 * operation's documented example (or a body built from its schema) and breaks one thing.
 * <p>
 * Kept identical (but for the package) to rules-service/src/test/java/org/tradedeal/rules/corpus/BadInputCorpus.java
 * and negotiation-service/src/test/java/org/tradedeal/negotiation/corpus/BadInputCorpus.java.
 */
public final class BadInputCorpus {

    /** One operation of the document, e.g. POST /api/v1/partners. */
    public record Operation(String method, String path, JsonNode definition) {
        public String name() {
            return method + " " + path;
        }
    }

    /** One request of the corpus: which operation, what was broken, and the request itself. */
    public record Probe(Operation operation, String broken, String pathAndQuery, String contentType,
                        Map<String, String> headers, byte[] body) {
    }

    /** What the service answered to a probe. */
    public record Answer(Probe probe, int status, String contentType, String body) {
        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return probe.operation().name() + " [" + probe.broken() + "] -> " + status + " " + contentType + " " + shown;
        }
    }

    /** A Java type name in an error body: a package-qualified class. */
    public static final Pattern JAVA_TYPE = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.tradedeal|com\\.fasterxml|io\\.quarkus|io\\.vertx|org\\.hibernate|org\\.jboss)\\.[a-z]+");

    private static final String RAW = "\u0001RAW:";
    private static final String HUGE_TEXT = "x".repeat(100_000);

    /** Values put in place of one field of a JSON body. RAW marks a token written as is (not valid JSON). */
    private static final Map<String, Object> FIELD_VALUES = fieldValues();

    /** Values put in place of one path or query parameter (already percent-encoded). */
    private static final List<String> PARAMETER_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999",
            "1.5", "1e400", "NaN", "%00", "a%00b", "%0A", "%1B", "%E2%80%AE", "x".repeat(3000), "2025-13-45",
            "%2B999999999-12-31", "2025-01-01T00:00:00Z", "true", "%20", "..%2F..", "%27%20OR%201%3D1");

    private static final Map<String, String> BODIES = rawBodies();

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public BadInputCorpus(String openApiJson) throws Exception {
        this.document = json.readTree(openApiJson);
    }

    /** Every operation of the document. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), withPathLevelParameters(
                        path.getValue(), method.getValue())));
            }
        }));
        return operations;
    }

    /** The whole corpus, operation by operation. */
    public List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        for (Operation operation : operations()) {
            probes.addAll(probes(operation));
        }
        return probes;
    }

    private List<Probe> probes(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        for (JsonNode parameter : operation.definition().path("parameters")) {
            parameter = resolve(parameter);
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                pathValues.put(parameter.path("name").asText(), parameterExample(parameter));
            } else if (in.equals("query") && parameter.path("required").asBoolean()) {
                queryValues.put(parameter.path("name").asText(), parameterExample(parameter));
            }
        }
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : operation.definition().path("parameters")) {
            parameter = resolve(parameter);
            if (parameter.path("in").asText().equals("query")) {
                queryNames.add(parameter.path("name").asText());
            }
        }
        String mediaType = bodyMediaType(operation);
        byte[] goodBody = mediaType == null ? null : goodBody(operation, mediaType);

        for (String name : pathValues.keySet()) {
            for (String value : PARAMETER_VALUES) {
                if (value.isEmpty() || value.equals("%20")) {
                    continue; // an empty path segment is another URL, not a bad parameter
                }
                Map<String, String> path = new LinkedHashMap<>(pathValues);
                path.put(name, value);
                probes.add(new Probe(operation, "path " + name + "=" + shorten(value), url(operation, path, queryValues),
                        mediaType, Map.of(), goodBody));
            }
        }
        for (String name : queryNames) {
            for (String value : PARAMETER_VALUES) {
                Map<String, String> query = new LinkedHashMap<>(queryValues);
                query.put(name, value);
                probes.add(new Probe(operation, "query " + name + "=" + shorten(value), url(operation, pathValues, query),
                        mediaType, Map.of(), goodBody));
            }
        }
        String url = url(operation, pathValues, queryValues);
        probes.add(new Probe(operation, "URL of 20,000 characters", url + (url.contains("?") ? "&" : "?") + "pad="
                + "x".repeat(20_000), mediaType, Map.of(), goodBody));
        probes.add(new Probe(operation, "header of 40,000 characters", url, mediaType,
                Map.of("X-Padding", "x".repeat(40_000)), goodBody));
        if (mediaType == null) {
            return probes;
        }
        boolean jsonBody = mediaType.contains("json");
        // Wrong media types, and none at all.
        for (String wrong : List.of("", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "text/csv", "image/png")) {
            if (!declaredMediaTypes(operation).contains(wrong)) {
                probes.add(new Probe(operation, "Content-Type '" + wrong + "'", url, wrong, Map.of(), goodBody));
            }
        }
        probes.add(new Probe(operation, "body of 12 MB", url, mediaType, Map.of(), hugeBody(jsonBody)));
        if (jsonBody) {
            BODIES.forEach((label, body) -> probes.add(new Probe(operation, "body " + label, url, mediaType, Map.of(),
                    body.getBytes(StandardCharsets.UTF_8))));
            probes.add(new Probe(operation, "trailing garbage", url, mediaType, Map.of(),
                    concat(goodBody, " x".getBytes(StandardCharsets.UTF_8))));
            probes.add(new Probe(operation, "two documents", url, mediaType, Map.of(), concat(goodBody, goodBody)));
            probes.add(new Probe(operation, "invalid UTF-8", url, mediaType, Map.of(),
                    concat(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28}, "\":1}".getBytes(StandardCharsets.UTF_8))));
            JsonNode good = readJson(goodBody);
            for (String pointer : leaves(good, "")) {
                for (Map.Entry<String, Object> value : FIELD_VALUES.entrySet()) {
                    probes.add(new Probe(operation, pointer + " = " + value.getKey(), url, mediaType, Map.of(),
                            replaced(good, pointer, value.getValue())));
                }
                if (!pointer.isEmpty()) {
                    probes.add(new Probe(operation, pointer + " removed", url, mediaType, Map.of(), removed(good, pointer)));
                }
            }
        } else {
            String csv = new String(goodBody, StandardCharsets.UTF_8);
            String header = csv.lines().findFirst().orElse("");
            int columns = header.split(",", -1).length;
            for (String cell : List.of("\u0000", "a\u0000b", "\u001b[31m", "1e400", "-1", "99999999999999999999999",
                    "NaN", "2025-13-45", "+999999999-12-31", "\"unclosed", "x".repeat(100_000), "", "\u202e")) {
                for (int column = 0; column < columns; column++) {
                    String[] cells = csv.lines().skip(1).findFirst().orElse(header).split(",", -1);
                    if (column < cells.length) {
                        cells[column] = cell;
                    }
                    probes.add(new Probe(operation, "CSV cell " + column + " = " + shorten(cell), url, mediaType,
                            Map.of(), (header + "\n" + String.join(",", cells) + "\n").getBytes(StandardCharsets.UTF_8)));
                }
            }
            for (String body : List.of("", "\n", header, header + "\n1,2", "\u0000\u0001\u0002", "a;b;c\n1;2;3",
                    header + "\n" + "\"a\"\"b,".repeat(1000), "\uFEFF" + csv, csv.replace(",", "\t"),
                    header + "\n" + ",".repeat(columns + 5))) {
                probes.add(new Probe(operation, "CSV " + shorten(body), url, mediaType, Map.of(),
                        body.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return probes;
    }

    /** Sends a probe; a reset connection counts as a 5xx-like failure (status 0). */
    public Answer send(String base, Probe probe) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
            probe.headers().forEach(request::header);
            if (probe.contentType() != null && !probe.contentType().isEmpty()) {
                request.header("Content-Type", probe.contentType());
            }
            HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(probe.body());
            request.method(probe.operation().method(), body);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (Exception e) {
            return new Answer(probe, 0, "", "no answer: " + e);
        }
    }

    /** Whether a 4xx answer is problem details with type, title and status. */
    public boolean isProblem(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        JsonNode body = readJson(answer.body().getBytes(StandardCharsets.UTF_8));
        return body != null && body.hasNonNull("type") && body.hasNonNull("title") && body.path("status").isInt();
    }

    /** Whether a 400 answer names the field (or parameter, or the body) that is wrong. */
    public boolean namesField(Answer answer) {
        JsonNode body = readJson(answer.body().getBytes(StandardCharsets.UTF_8));
        if (body == null) {
            return false;
        }
        if (!body.path("field").asText().isBlank()) {
            return true;
        }
        JsonNode violations = body.path("violations");
        if (!violations.isArray() || violations.isEmpty()) {
            return false;
        }
        for (JsonNode violation : violations) {
            if (violation.path("field").asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ---- building blocks ----

    private static Map<String, Object> fieldValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("null", null);
        values.put("a word", "x");
        values.put("empty string", "");
        values.put("1e308", RAW + "1e308");
        values.put("-1e308", RAW + "-1e308");
        values.put("1e-320", RAW + "1e-320");
        values.put("1e400", RAW + "1e400");
        values.put("huge integer", RAW + "99999999999999999999999999");
        values.put("long overflow", RAW + "9223372036854775808");
        values.put("int overflow", RAW + "2147483648");
        values.put("-1", RAW + "-1");
        values.put("0", RAW + "0");
        values.put("2.9", RAW + "2.9");
        values.put("1e18", RAW + "1e18");
        values.put("true", RAW + "true");
        values.put("empty list", RAW + "[]");
        values.put("list of null", RAW + "[null]");
        values.put("empty object", RAW + "{}");
        values.put("NaN", RAW + "NaN");
        values.put("Infinity", RAW + "Infinity");
        values.put("NUL", "\u0000");
        values.put("control characters", "a\u0007\u001bb");
        values.put("bidi override", "\u202egnp.exe");
        values.put("100,000 characters", HUGE_TEXT);
        values.put("impossible date", "2025-13-45");
        values.put("number for a date", RAW + "20250101");
        values.put("date-time", "2025-01-01T00:00:00Z");
        values.put("far year", "+999999999-12-31");
        values.put("year 0", "0000-01-01");
        values.put("unknown enum", "NOT_A_VALUE");
        return values;
    }

    private static Map<String, String> rawBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("whitespace", "  \n ");
        bodies.put("cut off", "{\"a\":");
        bodies.put("open brace", "{");
        bodies.put("null", "null");
        bodies.put("list of null", "[null]");
        bodies.put("empty list", "[]");
        bodies.put("empty object", "{}");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "123");
        bodies.put("NaN", "NaN");
        bodies.put("single quotes", "{'a':1}");
        bodies.put("comment", "/* c */ {}");
        bodies.put("NUL byte", "{\u0000}");
        bodies.put("nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("key of 100,000 characters", "{\"" + "k".repeat(100_000) + "\":1}");
        bodies.put("number of 10,000 digits", "{\"a\":" + "9".repeat(10_000) + "}");
        bodies.put("duplicate keys", "{\"a\":1,\"a\":2}");
        bodies.put("XML", "<a>1</a>");
        return bodies;
    }

    private JsonNode withPathLevelParameters(JsonNode pathItem, JsonNode operation) {
        if (!pathItem.has("parameters")) {
            return operation;
        }
        ObjectNode copy = operation.deepCopy();
        ArrayNode parameters = copy.withArray("parameters");
        pathItem.path("parameters").forEach(parameters::add);
        return copy;
    }

    private JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 10) {
            String[] parts = node.path("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private String parameterExample(JsonNode parameter) {
        if (parameter.has("example")) {
            return encode(parameter.path("example").asText());
        }
        JsonNode schema = resolve(parameter.path("schema"));
        if (schema.has("example")) {
            return encode(schema.path("example").asText());
        }
        if (schema.has("default")) {
            return encode(schema.path("default").asText());
        }
        if (schema.has("enum")) {
            return encode(schema.path("enum").get(0).asText());
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> schema.path("format").asText().equals("date") ? "2025-01-01" : "PK";
        };
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String url(Operation operation, Map<String, String> path, Map<String, String> query) {
        String url = operation.path();
        for (Map.Entry<String, String> value : path.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder built = new StringBuilder(url);
        char separator = '?';
        for (Map.Entry<String, String> value : query.entrySet()) {
            built.append(separator).append(value.getKey()).append('=').append(value.getValue());
            separator = '&';
        }
        return built.toString();
    }

    private List<String> declaredMediaTypes(Operation operation) {
        List<String> types = new ArrayList<>();
        resolve(operation.definition().path("requestBody")).path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** Whether the probe sends a body without a Content-Type or with one the operation does not declare. */
    public static boolean undeclaredMediaType(Probe probe) {
        return probe.broken().startsWith("Content-Type '") && !probe.broken().contains("charset");
    }

    private String bodyMediaType(Operation operation) {
        JsonNode content = resolve(operation.definition().path("requestBody")).path("content");
        Iterator<String> types = content.fieldNames();
        String first = null;
        while (types.hasNext()) {
            String type = types.next();
            if (type.contains("json")) {
                return type;
            }
            first = first == null ? type : first;
        }
        return first;
    }

    private byte[] goodBody(Operation operation, String mediaType) {
        JsonNode media = resolve(operation.definition().path("requestBody")).path("content").path(mediaType);
        JsonNode example = media.has("example") ? media.path("example")
                : media.path("examples").elements().hasNext() ? resolve(media.path("examples").elements().next()).path("value")
                : resolve(media.path("schema")).path("example");
        if (!mediaType.contains("json")) {
            String text = example.isMissingNode() || example.isNull() ? "a,b\n1,2\n" : example.asText();
            return text.getBytes(StandardCharsets.UTF_8);
        }
        JsonNode body = example.isMissingNode() || example.isNull() ? sample(media.path("schema"), 0) : example;
        if (body.isTextual() && (body.asText().startsWith("{") || body.asText().startsWith("["))) {
            body = readJson(body.asText().getBytes(StandardCharsets.UTF_8));
        }
        return write(body);
    }

    /** A plausible value for a schema, for operations whose body has no example. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("allOf")) {
            ObjectNode merged = nodes.objectNode();
            for (JsonNode part : schema.path("allOf")) {
                JsonNode value = sample(part, depth);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                } else {
                    return value;
                }
            }
            return merged;
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (depth > 6) {
            return nodes.nullNode();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                yield object;
            }
            case "array" -> nodes.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "integer" -> nodes.numberNode(schema.path("minimum").asInt(1) > 1 ? schema.path("minimum").asInt() : 1);
            case "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(true);
            case "string" -> switch (schema.path("format").asText()) {
                case "date" -> nodes.textNode("2025-01-01");
                case "date-time" -> nodes.textNode("2025-01-01T00:00:00Z");
                default -> nodes.textNode("x");
            };
            default -> nodes.nullNode();
        };
    }

    /** JSON pointers of every field and list element of a body (the first element of each list), and the root. */
    private List<String> leaves(JsonNode node, String pointer) {
        List<String> pointers = new ArrayList<>();
        pointers.add(pointer);
        if (node == null) {
            return pointers;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> pointers.addAll(leaves(field.getValue(), pointer + "/" + field.getKey())));
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.addAll(leaves(node.get(0), pointer + "/0"));
        }
        return pointers;
    }

    private byte[] replaced(JsonNode good, String pointer, Object value) {
        String marker = "\u0002MARK\u0002";
        JsonNode copy = good.deepCopy();
        JsonNode replacement = value == null ? JsonNodeFactory.instance.nullNode()
                : value instanceof String text && text.startsWith(RAW) ? JsonNodeFactory.instance.textNode(marker)
                : JsonNodeFactory.instance.textNode((String) value);
        if (pointer.isEmpty()) {
            copy = replacement;
        } else {
            setAt(copy, pointer, replacement);
        }
        String text = new String(write(copy), StandardCharsets.UTF_8);
        if (value instanceof String raw && raw.startsWith(RAW)) {
            text = text.replace("\"" + marker.replace("\u0002", "\\u0002") + "\"", raw.substring(RAW.length()));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] removed(JsonNode good, String pointer) {
        JsonNode copy = good.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        if (container instanceof ObjectNode object) {
            object.remove(last);
        } else if (container instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return write(copy);
    }

    private static void setAt(JsonNode root, String pointer, JsonNode value) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static byte[] hugeBody(boolean json) {
        String filler = "x".repeat(12 * 1024 * 1024);
        return (json ? "{\"pad\":\"" + filler + "\"}" : "a,b\n" + filler + ",1\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
