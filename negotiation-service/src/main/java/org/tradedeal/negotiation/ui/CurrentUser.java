package org.tradedeal.negotiation.ui;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import org.tradedeal.negotiation.config.NegotiationConfig;

/**
 * The one place that knows who uses the desk: the author of the versions they save, the name in the page
 * header. Until the suite has a login, everyone is the configured desk user
 * ({@code negotiation.desk.user}); once an identity provider is configured, the signed-in principal is, with
 * no change to a page or a resource. What a user's role and side may see belongs here too.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final Instance<SecurityIdentity> identity;
    private final String deskUser;

    public CurrentUser(Instance<SecurityIdentity> identity, NegotiationConfig config) {
        this.identity = identity;
        this.deskUser = config.desk().user();
    }

    /** The name versions are saved under. */
    public String name() {
        if (identity.isResolvable() && !identity.get().isAnonymous()) {
            return identity.get().getPrincipal().getName();
        }
        return deskUser;
    }

    /** Whether the name comes from a login (false: the shared desk user, as long as there is no login). */
    public boolean signedIn() {
        return identity.isResolvable() && !identity.get().isAnonymous();
    }
}
