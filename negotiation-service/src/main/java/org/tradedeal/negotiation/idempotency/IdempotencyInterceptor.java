package org.tradedeal.negotiation.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Makes a creating POST safe to retry: with an {@code Idempotency-Key} header, the first request with that
 * key is carried out and its answer (status, Location, body) kept; a later request with the same key and
 * the same request (caller, method, path, query and body, by SHA-256) gets that answer again, marked
 * {@code Idempotent-Replayed: true}, without doing anything; the same key with another request is a 422.
 * Only a successful answer is kept: after an error the key is free and a retry is tried afresh. Without the
 * header nothing changes. Kept identical to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/idempotency (bar the package name).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;

    private final HttpServerRequest request;
    private final SecurityIdentity caller;
    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    public IdempotencyInterceptor(HttpServerRequest request, SecurityIdentity caller, IdempotencyKeys keys,
                                  ObjectMapper json) {
        this.request = request;
        this.caller = caller;
        this.keys = keys;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        requireWellFormed(key);
        try {
            String fingerprint = fingerprint(invocation);
            Idempotent binding = invocation.getMethod().getAnnotation(Idempotent.class);
            if (binding == null || binding.transactional()) {
                return inOneTransaction(key, fingerprint, invocation);
            }
            return claimedFirst(key, fingerprint, invocation);
        } finally {
            closeSpooledBodies(invocation.getParameters());
        }
    }

    /**
     * Deletes the spooled copies of uploaded bodies: a replay, a refused key or a failure before the operation
     * read its copy would otherwise leave the file (up to the body size limit) until the JVM exits.
     */
    private static void closeSpooledBodies(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof InputStream copy) {
                try {
                    copy.close();
                } catch (IOException ignored) {
                    // the file is deleted on close; a copy that cannot be closed was closed already
                }
            }
        }
    }

    /** The key row and the change commit together; a concurrent duplicate's insert waits for ours. */
    private Object inOneTransaction(String key, String fingerprint, InvocationContext invocation) throws Exception {
        return call(() -> QuarkusTransaction.requiringNew().call(() -> {
            Optional<IdempotencyKeys.Answer> held = keys.claim(key, fingerprint);
            if (held.isPresent()) {
                return replay(key, fingerprint, held.get());
            }
            Response response = (Response) invocation.proceed();
            keep(key, response);
            return response;
        }));
    }

    /** The key is claimed and committed first; the answer is stored once the operation has given it. */
    private Object claimedFirst(String key, String fingerprint, InvocationContext invocation) throws Exception {
        Optional<IdempotencyKeys.Answer> held = QuarkusTransaction.requiringNew().call(() -> keys.claim(key, fingerprint));
        if (held.isPresent()) {
            return replay(key, fingerprint, held.get());
        }
        Response response;
        try {
            response = (Response) invocation.proceed();
        } catch (Exception | Error failed) {
            QuarkusTransaction.requiringNew().run(() -> keys.release(key));
            throw failed;
        }
        QuarkusTransaction.requiringNew().run(() -> keep(key, response));
        return response;
    }

    private void keep(String key, Response response) {
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("An idempotent operation answered " + response.getStatus()
                    + " without an exception; only successful answers are kept");
        }
        URI location = response.getLocation();
        keys.answer(key, response.getStatus(), location == null ? null : location.toString(), body(response));
    }

    private Response replay(String key, String fingerprint, IdempotencyKeys.Answer held) {
        if (!held.fingerprint().equals(fingerprint)) {
            throw IdempotencyProblem.reused(key);
        }
        if (!held.answered()) {
            throw IdempotencyProblem.inProgress(key);
        }
        Response.ResponseBuilder replay = Response.status(held.status()).header("Idempotent-Replayed", "true");
        if (held.location() != null) {
            replay.location(URI.create(held.location()));
        }
        if (held.body() != null) {
            replay.entity(held.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    private String body(Response response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Cannot keep the answer of an idempotent request", unwritable);
        }
    }

    /**
     * What makes two requests the same: the caller, method, path, query and the body (the method's non-context
     * arguments). The caller is part of it so that a key never hands one user the answer another user was given:
     * someone else's key with the same request is a 422, not a replay.
     * A streamed body (an uploaded file) is spooled to a temporary file while it is hashed, and the method
     * reads that copy: the upload is never held in memory.
     */
    private String fingerprint(InvocationContext invocation) throws IOException {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        Object[] arguments = invocation.getParameters();
        List<Object> input = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof InputStream stream) {
                Spooled spooled = spool(stream);
                arguments[i] = spooled.copy();
                input.add("sha256:" + spooled.sha256());
            } else if (!isContext(annotations[i])) {
                input.add(arguments[i]);
            }
        }
        invocation.setParameters(arguments);
        String described = (caller.isAnonymous() ? "" : caller.getPrincipal().getName()) + '\n'
                + request.method().name() + ' ' + request.path() + '?' + (request.query() == null ? "" : request.query())
                + '\n' + json.writeValueAsString(input);
        return HexFormat.of().formatHex(sha256().digest(described.getBytes(StandardCharsets.UTF_8)));
    }

    private record Spooled(InputStream copy, String sha256) {
    }

    private static Spooled spool(InputStream body) throws IOException {
        Path file = Files.createTempFile("idempotent-body", ".tmp");
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(body, digest)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        InputStream copy = Files.newInputStream(file, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
        return new Spooled(copy, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean isContext(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == Context.class) {
                return true;
            }
        }
        return false;
    }

    /** 1 to 255 visible ASCII characters, e.g. a UUID. */
    private static void requireWellFormed(String key) {
        boolean visible = key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (key.isEmpty() || key.length() > MAX_LENGTH || !visible) {
            throw IdempotencyProblem.malformed();
        }
    }

    /** Runs the callable, unwrapping what QuarkusTransaction wraps, so exception mappers see the original. */
    private static Object call(Callable<Object> work) throws Exception {
        try {
            return work.call();
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException wrapped) {
            if (wrapped.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw wrapped;
        }
    }
}
