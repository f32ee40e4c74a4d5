package org.tradedeal.rules.problem;

import java.net.URI;

/** The stable {@code type} of every kind of problem this service answers with (RFC 9457). */
public final class ProblemTypes {

    public static final URI VALIDATION = URI.create("urn:tradedeal:problem:validation");
    public static final URI MALFORMED_REQUEST = URI.create("urn:tradedeal:problem:malformed-request");
    public static final URI NOT_FOUND = URI.create("urn:tradedeal:problem:not-found");
    public static final URI INTERNAL = URI.create("urn:tradedeal:problem:internal");
    public static final URI HTTP = URI.create("urn:tradedeal:problem:http");

    private ProblemTypes() {
    }
}
