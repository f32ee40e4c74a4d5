package org.tradedeal.rules.rest;

import org.tradedeal.rules.problem.ProblemTypes;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request without a valid token (none, expired, badly signed, for another audience) answers 401 with the
 * authentication mechanism's challenge (WWW-Authenticate: Bearer, or the login redirect of a code flow) and
 * problem details. quarkus-resteasy-problem's own mapper of these exceptions reads a field Quarkus 3.33 no
 * longer has and answers 500, so this one runs first. Kept identical to the AuthenticationProblemMapper of the
 * other two services but for its package.
 */
public class AuthenticationProblemMapper {

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class}, priority = Priorities.AUTHENTICATION)
    public Uni<Response> unauthenticated(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null
                ? Uni.createFrom().item(new ChallengeData(401))
                : authenticator.getChallenge(context).onItem().ifNull().continueWith(() -> new ChallengeData(401));
        return challenge.map(AuthenticationProblemMapper::answer);
    }

    private static Response answer(ChallengeData challenge) {
        Response.ResponseBuilder answer = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
        if (challenge.status == 401) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", ProblemTypes.UNAUTHENTICATED.toString());
            problem.put("title", "Unauthorized");
            problem.put("status", 401);
            problem.put("detail", "A valid bearer token of the suite's identity provider, issued for this service, is required");
            answer.type("application/problem+json").entity(problem);
        }
        return answer.build();
    }
}
