package org.tradedeal.tradedata.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as the suite's identity provider issues them (realm roles in realm_access.roles, the side
 * claim, the audience), signed with the test key whose public half the test profile trusts, and the broken
 * ones an attacker would try. Kept identical to the TestTokens of the other two services but for its package.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test/realms/tradedeal";
    private static final PrivateKey KEY = readKey("/security/test-signing-key.pem");
    private static final PrivateKey STRANGER = strangerKey();

    private final String user;
    private String audience;
    private String side;
    private List<String> roles = List.of();
    private Instant expiresAt = Instant.now().plusSeconds(600);
    private PrivateKey key = KEY;

    private TestTokens(String user, String audience) {
        this.user = user;
        this.audience = audience;
    }

    /** A token for {@code user}, issued for {@code audience}, valid for ten minutes, with no role yet. */
    public static TestTokens of(String user, String audience) {
        return new TestTokens(user, audience);
    }

    public TestTokens roles(String... realmRoles) {
        this.roles = List.of(realmRoles);
        return this;
    }

    public TestTokens roles(List<String> realmRoles) {
        this.roles = List.copyOf(realmRoles);
        return this;
    }

    public TestTokens side(String sideCode) {
        this.side = sideCode;
        return this;
    }

    public TestTokens audience(String otherAudience) {
        this.audience = otherAudience;
        return this;
    }

    public TestTokens expired() {
        this.expiresAt = Instant.now().minusSeconds(600);
        return this;
    }

    /** Signed with a key the service does not trust. */
    public TestTokens signedByStranger() {
        this.key = STRANGER;
        return this;
    }

    public String sign() {
        Instant issued = expiresAt.minusSeconds(900);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(user).claim("preferred_username", user)
                .audience(audience).claim("realm_access", Map.of("roles", roles))
                .issuedAt(issued).expiresAt(expiresAt);
        if (side != null) {
            claims.claim("side", side);
        }
        return claims.jws().keyId("test").sign(key);
    }

    /** The Authorization header value. */
    public String bearer() {
        return "Bearer " + sign();
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey strangerKey() {
        try {
            return KeyUtils.generateKeyPair(2048).getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
