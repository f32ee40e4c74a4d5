package org.tradedeal.negotiation.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.tradedeal.negotiation.service.ScoringJob;
import org.tradedeal.negotiation.service.ScoringOutcome;

import java.util.Optional;

/**
 * Gives every scoring attempt a span {@code score draft} whose parent is the span the scoring request was
 * opened in (its stored traceparent): an attempt made during the submission sits under the submission's
 * HTTP span, and a retry by the scoring worker, minutes later, joins the same trace, so one trace shows a
 * draft's whole way to its score (and the downstream calls of every attempt). When the attempt runs inside
 * another trace, the span links to it. The span names the draft, the version, the request and the attempt
 * (attributes {@code draft.id}, {@code draft.version}, {@code scoring.request.id}, {@code scoring.attempt}),
 * so a trace can be found from a draft id; an attempt that leaves the draft waiting or failed is an error.
 */
@InSubmissionTrace
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SubmissionTraceInterceptor {

    private final Tracer tracer;

    public SubmissionTraceInterceptor(Tracer tracer) {
        this.tracer = tracer;
    }

    @AroundInvoke
    Object inSubmissionTrace(InvocationContext invocation) throws Exception {
        // The job was read with its request (its stored traceparent and attempt count): nothing to read here.
        ScoringJob job = (ScoringJob) invocation.getParameters()[0];
        SpanContext caller = Span.current().getSpanContext();
        Context parent = Optional.ofNullable(job.traceParent()).map(TraceParent::context).orElse(Context.current());

        SpanBuilder builder = tracer.spanBuilder("score draft").setParent(parent)
                .setAttribute("scoring.request.id", job.requestId())
                .setAttribute("draft.id", job.draftId())
                .setAttribute("draft.version", job.versionNumber())
                .setAttribute("scoring.attempt", job.attempt());
        if (caller.isValid() && !caller.getTraceId().equals(Span.fromContext(parent).getSpanContext().getTraceId())) {
            builder.addLink(caller);
        }
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Object outcome = invocation.proceed();
            describe(span, outcome);
            return outcome;
        } catch (Exception | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private static void describe(Span span, Object outcome) {
        if (outcome instanceof ScoringOutcome.Scored) {
            span.setAttribute("scoring.outcome", "scored");
        } else if (outcome instanceof ScoringOutcome.Pending pending) {
            span.setAttribute("scoring.outcome", "pending");
            span.setStatus(StatusCode.ERROR, String.valueOf(pending.lastError()));
        } else if (outcome instanceof ScoringOutcome.Failed failed) {
            span.setAttribute("scoring.outcome", "failed");
            span.setStatus(StatusCode.ERROR, String.valueOf(failed.detail()));
        }
    }
}
