package org.tradedeal.negotiation.tracing;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a scoring attempt in the trace of the submission (or re-scoring) that opened its request, however
 * much later and wherever it runs (see {@link SubmissionTraceInterceptor}). The method's first parameter is
 * the attempt's {@code ScoringJob}, which carries the request's stored traceparent.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InSubmissionTrace {
}
