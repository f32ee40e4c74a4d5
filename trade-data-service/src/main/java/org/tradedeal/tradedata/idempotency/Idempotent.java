package org.tradedeal.tradedata.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating POST that honours an {@code Idempotency-Key} header (see {@link IdempotencyInterceptor}).
 * The method returns a {@code Response}.
 * <p>
 * A deliberate copy: kept identical to
 * negotiation-service/src/main/java/org/tradedeal/negotiation/idempotency/Idempotent.java (only the package differs).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /**
     * True (the default): the key is claimed in the same transaction as the change, so the change and its
     * key commit together and a concurrent duplicate waits for the first and replays its answer. False for
     * an operation that must not run inside a transaction begun here (a submission calls other services; an
     * import sets its own transaction timeout):
     * the key is claimed in a short transaction of its own and a concurrent duplicate gets 409 until the
     * first has answered.
     */
    @Nonbinding
    boolean transactional() default true;
}
