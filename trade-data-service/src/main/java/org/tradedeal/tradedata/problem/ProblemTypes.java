package org.tradedeal.tradedata.problem;

import java.net.URI;

/** The stable {@code type} URIs of this service's problem details, one per kind of failure. */
public final class ProblemTypes {

    public static final URI NOT_FOUND = kind("not-found");
    public static final URI NO_TRADE_DATA = kind("no-trade-data");
    public static final URI VALIDATION = kind("validation");
    public static final URI MALFORMED_REQUEST = kind("malformed-request");
    public static final URI INVALID_CSV = kind("invalid-csv");
    public static final URI TARGET_BELOW_FLOOR = kind("target-below-floor");
    public static final URI INVALID_SHARES = kind("invalid-shares");
    public static final URI FORMULA_NOT_APPLICABLE = kind("formula-not-applicable");
    public static final URI ALREADY_EXISTS = kind("already-exists");
    public static final URI ILLEGAL_STATUS_TRANSITION = kind("illegal-status-transition");
    public static final URI STATUS_DATE_OUT_OF_ORDER = kind("status-date-out-of-order");
    public static final URI CONCURRENT_UPDATE = kind("concurrent-update");
    public static final URI METHOD_NOT_ALLOWED = kind("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = kind("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = kind("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = kind("payload-too-large");
    public static final URI BAD_REQUEST = kind("bad-request");
    public static final URI CONFLICT = kind("conflict");
    public static final URI INTERNAL = kind("internal");

    private ProblemTypes() {
    }

    public static URI kind(String kind) {
        return URI.create("urn:tradedeal:problem:" + kind);
    }
}
