package org.tradedeal.rules.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.rules.engine.RulesetIdentity;

/** Every answer of the API says which ruleset answered it. */
@Provider
public class RulesetHeaderFilter implements ContainerResponseFilter {

    static final String HEADER = "X-Ruleset-Version";

    private final RulesetIdentity identity;

    public RulesetHeaderFilter(RulesetIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, identity.ruleset().name() + "/" + identity.ruleset().version());
    }
}
