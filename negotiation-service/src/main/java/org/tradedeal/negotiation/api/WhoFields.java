package org.tradedeal.negotiation.api;

/**
 * Who-fields (author, side) come from the caller's token, never from a request body. A body that still names
 * one is refused with this message on that field, rather than silently ignored, so a client that believes it
 * signs as someone else learns that it does not.
 */
final class WhoFields {

    static final String FROM_TOKEN = "is taken from your sign-in (the access token); do not send it";

    private WhoFields() {
    }
}
