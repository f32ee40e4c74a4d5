package org.tradedeal.negotiation.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who calls, as the access token (or the desk's login) says: the name every who-field is written with, the
 * roles, and the side (the token's {@code side} claim, a partner code such as PK). Nothing of it comes from a
 * request body.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The user name (the token's preferred_username). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The side the caller negotiates for; empty for users of no side (they read shared versions only). */
    public Optional<String> side() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("side");
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        Object attribute = identity.getAttribute("side");
        return attribute == null || attribute.toString().isBlank() ? Optional.empty() : Optional.of(attribute.toString());
    }
}
