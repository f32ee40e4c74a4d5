package org.tradedeal.negotiation.problem;

import java.net.URI;

/** The stable {@code type} of every kind of problem this service answers with (RFC 9457). */
public final class ProblemTypes {

    public static final URI NOT_FOUND = URI.create("urn:tradedeal:problem:not-found");
    public static final URI VALIDATION = URI.create("urn:tradedeal:problem:validation");
    public static final URI MALFORMED_REQUEST = URI.create("urn:tradedeal:problem:malformed-request");
    public static final URI STALE_VERSION = URI.create("urn:tradedeal:problem:stale-version");
    public static final URI ILLEGAL_STATUS_CHANGE = URI.create("urn:tradedeal:problem:illegal-status-change");
    public static final URI SCORING_IMPOSSIBLE = URI.create("urn:tradedeal:problem:scoring-impossible");
    public static final URI DOWNSTREAM_UNAVAILABLE = URI.create("urn:tradedeal:problem:downstream-unavailable");
    public static final URI NOT_YOUR_SIDE = URI.create("urn:tradedeal:problem:not-your-side");
    public static final URI INTERNAL = URI.create("urn:tradedeal:problem:internal");
    /** Any other HTTP error the framework raises (405, 406, 415...). */
    public static final URI HTTP = URI.create("urn:tradedeal:problem:http");

    private ProblemTypes() {
    }
}
