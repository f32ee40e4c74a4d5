package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * trade-data-service with its fault tolerance: a 3 s timeout, two quick retries, and a circuit breaker
 * that stops calling for 3 s (then probes) once half of the last 4 calls failed. Only outages count:
 * timeouts, refused connections, 502/503/504 ({@link DownstreamFailure}). A 4xx ({@link DownstreamRejection})
 * is an answer, and a 500 ({@link DownstreamError}) a failure of that one request: neither is retried at
 * once nor counted by the breaker.
 * Every value is overridable, e.g.
 * {@code quarkus.fault-tolerance."org.tradedeal.negotiation.client.TradeDataGateway/baseline".timeout.value=5000}.
 * <p>
 * A baseline is about 50 KB and changes only when trade-data-service's data do: the last answer of each pair and
 * year is kept with its ETag and asked for again with If-None-Match, so an unchanged baseline costs a 304 with no
 * body. Every call still asks, so an answer is never staler than the call.
 */
@ApplicationScoped
public class TradeDataGateway {

    private record Pair(String reporter, String partner, int year) {
    }

    private record Kept(String etag, JsonNode baseline) {
    }

    private final TradeDataClient client;
    /** A few hundred pairs and years at most in a deployment; bounded all the same. */
    private final Cache<Pair, Kept> kept = Caffeine.newBuilder().maximumSize(256).build();

    public TradeDataGateway(@RestClient TradeDataClient client) {
        this.client = client;
    }

    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {DownstreamRejection.class, DownstreamError.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3_000,
            skipOn = {DownstreamRejection.class, DownstreamError.class})
    public JsonNode baseline(String reporter, String partner, int year) {
        Pair pair = new Pair(reporter, partner, year);
        Kept known = kept.getIfPresent(pair);
        RestResponse<JsonNode> answer = client.baseline(reporter, partner, year, known == null ? null : known.etag());
        if (answer.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode() && known != null) {
            return known.baseline();
        }
        JsonNode baseline = answer.getEntity();
        String etag = answer.getHeaderString(HttpHeaders.ETAG);
        if (etag != null && baseline != null) {
            kept.put(pair, new Kept(etag, baseline));
        } else {
            kept.invalidate(pair); // an answer without an ETag cannot be revalidated: keep none
        }
        return baseline;
    }
}
