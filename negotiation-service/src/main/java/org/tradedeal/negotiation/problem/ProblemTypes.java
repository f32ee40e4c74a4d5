package org.tradedeal.negotiation.problem;

import java.net.URI;

/**
 * The stable {@code type} of every kind of problem this service answers with (RFC 9457): this service's part
 * of the suite's one vocabulary, the table "Problem types" of the root README.md, which
 * {@code ProblemVocabularyTest} holds this class to. The same failure has the same type in every service.
 */
public final class ProblemTypes {

    // raised by the framework or the HTTP layer, the same in every service
    public static final URI VALIDATION = kind("validation");
    public static final URI MALFORMED_REQUEST = kind("malformed-request");
    public static final URI UNAUTHENTICATED = kind("unauthenticated");
    public static final URI FORBIDDEN = kind("forbidden");
    public static final URI NOT_FOUND = kind("not-found");
    public static final URI METHOD_NOT_ALLOWED = kind("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = kind("not-acceptable");
    public static final URI CONFLICT = kind("conflict");
    public static final URI PAYLOAD_TOO_LARGE = kind("payload-too-large");
    public static final URI URI_TOO_LONG = kind("uri-too-long");
    public static final URI UNSUPPORTED_MEDIA_TYPE = kind("unsupported-media-type");
    public static final URI HEADERS_TOO_LARGE = kind("headers-too-large");
    public static final URI INTERNAL = kind("internal");
    // this service's own
    public static final URI NOT_YOUR_SIDE = kind("not-your-side");
    public static final URI STALE_VERSION = kind("stale-version");
    public static final URI ILLEGAL_STATUS_CHANGE = kind("illegal-status-change");
    public static final URI IDEMPOTENCY_KEY_IN_PROGRESS = kind("idempotency-key-in-progress");
    public static final URI IDEMPOTENCY_KEY_REUSED = kind("idempotency-key-reused");
    public static final URI SCORING_IMPOSSIBLE = kind("scoring-impossible");
    public static final URI DATABASE_UNAVAILABLE = kind("database-unavailable");
    public static final URI DOWNSTREAM_UNAVAILABLE = kind("downstream-unavailable");

    private ProblemTypes() {
    }

    /** A type of the suite's vocabulary by its last word ({@code urn:tradedeal:problem:<kind>}). */
    public static URI kind(String kind) {
        return URI.create("urn:tradedeal:problem:" + kind);
    }
}
