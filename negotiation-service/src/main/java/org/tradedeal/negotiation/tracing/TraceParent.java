package org.tradedeal.negotiation.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trace context written down as text, a W3C {@code traceparent} (the header the services pass each other),
 * so that work done later, such as a retry by the scoring worker, can continue the trace it belongs to.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";

    /** Reads a carrier that is the traceparent itself. */
    private static final TextMapGetter<String> ITSELF = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The traceparent of the span under way, when there is one. */
    public static Optional<String> current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }

    /** The context a traceparent names, to parent new spans on; the root context when it names none. */
    public static Context context(String traceParent) {
        return traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, ITSELF);
    }
}
