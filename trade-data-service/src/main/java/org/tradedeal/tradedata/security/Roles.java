package org.tradedeal.tradedata.security;

/**
 * The realm roles of the suite's identity provider (the constants kept identical to
 * rules-service/src/main/java/org/tradedeal/rules/security/Roles.java). trade-data-service: every
 * authenticated role reads (the services included); analysts and admins write.
 */
public final class Roles {

    public static final String NEGOTIATOR = "negotiator";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
