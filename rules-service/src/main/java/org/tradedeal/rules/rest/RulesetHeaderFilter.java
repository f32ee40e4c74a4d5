package org.tradedeal.rules.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.RulesetIdentity;

/**
 * Every answer of the API says which ruleset answered it: {@code X-Ruleset-Version} (the contract's
 * header, the version alone), {@code X-Ruleset-Name} and {@code X-Ruleset-Content-Hash}.
 */
@Provider
public class RulesetHeaderFilter implements ContainerResponseFilter {

    static final String VERSION = "X-Ruleset-Version";
    static final String NAME = "X-Ruleset-Name";
    static final String CONTENT_HASH = "X-Ruleset-Content-Hash";

    // Read per answer, not here: providers are built at static init, before the configuration is there.
    private final RulesetIdentity identity;

    public RulesetHeaderFilter(RulesetIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        EvaluationResult.Ruleset ruleset = identity.ruleset();
        response.getHeaders().putSingle(VERSION, ruleset.version());
        response.getHeaders().putSingle(NAME, ruleset.name());
        response.getHeaders().putSingle(CONTENT_HASH, ruleset.contentHash());
    }
}
