package org.tradedeal.negotiation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.security.Caller;
import org.tradedeal.negotiation.security.Roles;
import org.tradedeal.negotiation.security.SideAccess;

/**
 * Who uses the desk, as the login says (the desk's pages sign in through the identity provider's code flow):
 * the name in the page header and on the versions they save, their roles and their side. The pages show only
 * what that side may see; the services they call enforce it.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final Caller caller;
    private final SideAccess access;

    public CurrentUser(Caller caller, SideAccess access) {
        this.caller = caller;
        this.access = access;
    }

    /** The signed-in user's name. */
    public String name() {
        return caller.name();
    }

    /** Always true behind the login; kept for the page header. */
    public boolean signedIn() {
        return caller.signedIn();
    }

    /** The side the user negotiates for, or an empty text for users of no side. */
    public String side() {
        return caller.side().orElse("");
    }

    /** Whether the user writes drafts (the pages offer the editor only then). */
    public boolean negotiator() {
        return caller.hasRole(Roles.NEGOTIATOR);
    }

    /** The user's side in the negotiation, for a new draft; refused when their side is no party to it. */
    String sideIn(Negotiation negotiation) {
        return access.requireParty(negotiation);
    }
}
