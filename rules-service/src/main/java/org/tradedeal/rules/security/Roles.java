package org.tradedeal.rules.security;

/**
 * The realm roles of the suite's identity provider (kept identical to the Roles class of trade-data-service
 * and negotiation-service). rules-service answers only {@link #SERVICE}: negotiation-service calls it with its
 * own client-credentials token; no person scores a draft here directly, so nobody can forge a baseline.
 */
public final class Roles {

    public static final String NEGOTIATOR = "negotiator";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
