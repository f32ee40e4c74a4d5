package org.tradedeal.negotiation.security;

/**
 * The realm roles of the suite's identity provider (the constants kept identical to
 * rules-service/src/main/java/org/tradedeal/rules/security/Roles.java). negotiation-service: admins manage
 * negotiations and milestones, negotiators write the drafts of their own side, everyone reads what their
 * side may see ({@link SideAccess}).
 */
public final class Roles {

    public static final String NEGOTIATOR = "negotiator";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
