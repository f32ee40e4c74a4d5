package org.tradedeal.tradedata.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * What every operation's documentation says alike, written once here instead of on each annotation: an error
 * answer is RFC 9457 problem details ({@code application/problem+json}, with the violations on a 400), a 201
 * names what it created in {@code Location}, a 202 names what to poll in {@code Location} and when in
 * {@code Retry-After}, and so does a 503. The server is the origin the document is read from.
 * <p>
 * A deliberate copy: kept identical to trade-data-service's, rules-service's and negotiation-service's
 * {@code rest/OpenApiConventions.java} (only the package differs); each service's {@code OpenApiTests} holds it.
 */
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM_SCHEMA = "#/components/schemas/HttpValidationProblem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The origin this document is served from")));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            // RFC 9457: type and instance are URI references (the library's schemas say absolute URIs; ours answer
            // instance as the request's path)
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (name.endsWith("Problem") && schema.getProperties() != null) {
                    List.of("type", "instance").forEach(property -> {
                        Schema uri = schema.getProperties().get(property);
                        if (uri != null && "uri".equals(uri.getFormat())) {
                            uri.setFormat("uri-reference");
                        }
                    });
                }
            });
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(OpenApiConventions::document));
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
            if (status >= 400) {
                problemContent(response, status == 400 ? VALIDATION_PROBLEM_SCHEMA : PROBLEM_SCHEMA);
            }
            if (status == 201 || status == 202) {
                header(response, "Location", status == 201 ? "The URI of what was created"
                        : "The URI to poll for the outcome", "uri-reference");
            }
            if (status == 202 || status == 503) {
                header(response, "Retry-After", "Seconds to wait before asking again", null);
            }
        });
    }

    /** An error's body is problem details; where the annotation named no media type or schema, say so. */
    private static void problemContent(APIResponse response, String schemaRef) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(schemaRef))));
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            Schema schema = media.getValue().getSchema();
            // a 400 may list violations: the plain problem schema the library gives it says too little
            if (schema == null || PROBLEM_SCHEMA.equals(schema.getRef()) && !PROBLEM_SCHEMA.equals(schemaRef)) {
                media.getValue().setSchema(OASFactory.createSchema().ref(schemaRef));
            }
        }
    }

    private static void header(APIResponse response, String name, String description, String format) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Schema schema = format == null ? OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                : OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format);
        Header header = OASFactory.createHeader().description(description).schema(schema);
        response.addHeader(name, header);
    }
}
