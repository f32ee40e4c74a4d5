package org.tradedeal.e2e;

/** The realm file's users (deploy/keycloak/tradedeal-realm.json); each one's password is its name + "-pw". */
final class Users {

    /** Negotiators of Pakistan's side (side PK). */
    static final String PK_NEGOTIATOR = "pk-negotiator";
    static final String PK_COLLEAGUE = "pk-negotiator2";
    /** The negotiator of the other side (side US). */
    static final String US_NEGOTIATOR = "us-negotiator";
    static final String ANALYST = "analyst";
    static final String ADMIN = "admin";

    private Users() {
    }
}
