package org.tradedeal.tradedata.rest;

import org.tradedeal.tradedata.problem.ProblemTypes;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;

/**
 * 413 (body too large), 414 (URI too long) and 431 (headers too large) as problem details, not empty
 * bodies. Vert.x answers a request line or headers beyond quarkus.http.limits itself, before any route
 * (quarkusio/quarkus#55082): the limits are therefore set well above what this filter allows (32 KB line,
 * 64 KB headers), so a URI over 8 KB or headers over 16 KB get a problem from here; only beyond the Vert.x
 * limits does a client still get Vert.x's bare answer.
 * <p>
 * Kept identical (but for the package) to trade-data-service/src/main/java/org/tradedeal/tradedata/rest/OversizedRequests.java.
 */
@ApplicationScoped
public class OversizedRequests {

    static final int MAX_URI = 8 * 1024;
    static final int MAX_HEADERS = 16 * 1024;

    /** quarkus.http.limits.max-body-size; Quarkus itself answers a larger declared body with a bare 413. */
    private final MemorySize maxBody = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
            .orElse(new MemorySize(java.math.BigInteger.valueOf(10240L * 1024)));

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            int status = context.statusCode();
            if (status == 413 && !context.response().headWritten()) {
                answer(context, 413, "Content Too Large", "payload-too-large", "body",
                        "the request body is larger than this service accepts");
            } else {
                context.next();
            }
        });
    }

    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody.asLongValue()) {
            answer(context, 413, "Content Too Large", "payload-too-large", "body",
                    "must be at most " + maxBody.asLongValue() + " bytes");
            return;
        }
        if (context.request().uri().length() > MAX_URI) {
            answer(context, 414, "URI Too Long", "uri-too-long", "uri", "must be at most " + MAX_URI + " characters");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            answer(context, 431, "Request Header Fields Too Large", "headers-too-large", "headers",
                    "must be at most " + MAX_HEADERS + " bytes in all");
            return;
        }
        context.next();
    }

    private static void answer(RoutingContext context, int status, String title, String kind, String field, String message) {
        JsonObject problem = new JsonObject().put("type", ProblemTypes.kind(kind).toString()).put("title", title)
                .put("status", status).put("detail", field + ": " + message)
                .put("violations", new io.vertx.core.json.JsonArray().add(new JsonObject().put("field", field)
                        .put("in", field.equals("body") ? "body" : "request").put("message", message)));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close").end(problem.encode());
    }
}
