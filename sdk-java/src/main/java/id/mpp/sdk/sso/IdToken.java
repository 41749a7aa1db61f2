package id.mpp.sdk.sso;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated ID token: who signed in ({@code sub}), when, how strongly ({@code acr}), for which client.
 *
 * <p>Only {@link IdTokenValidator} makes one, so holding an {@code IdToken} means every check passed.
 * Immutable. {@link #toString()} shows the subject and times, never the token itself.
 */
public final class IdToken {

    private final String raw;
    private final JWTClaimsSet claims;

    IdToken(String raw, JWTClaimsSet claims) {
        this.raw = raw;
        this.claims = claims;
    }

    /** The token as received, for {@code id_token_hint} at logout. */
    public String raw() {
        return raw;
    }

    /** The account's subject identifier ({@code sub}), stable for the account. */
    public String subject() {
        return claims.getSubject();
    }

    /** The issuer ({@code iss}). */
    public String issuer() {
        return claims.getIssuer();
    }

    /** The audience ({@code aud}); contains the client ID. */
    public List<String> audience() {
        return claims.getAudience();
    }

    /** When the token expires ({@code exp}). */
    public Instant expiresAt() {
        return claims.getExpirationTime().toInstant();
    }

    /** When the token was issued ({@code iat}). */
    public Instant issuedAt() {
        return claims.getIssueTime().toInstant();
    }

    /** When the user last actively signed in ({@code auth_time}). */
    public Optional<Instant> authTime() {
        Object value = claims.getClaim("auth_time");
        if (value instanceof Date) {
            return Optional.of(((Date) value).toInstant());
        }
        if (value instanceof Number) {
            return Optional.of(Instant.ofEpochSecond(((Number) value).longValue()));
        }
        return Optional.empty();
    }

    /** The {@code nonce} of the authorization request. */
    public Optional<String> nonce() {
        return stringClaim("nonce");
    }

    /** The assurance level reached ({@code acr}), such as {@code urn:mpp:acr:nik}. */
    public Optional<String> acr() {
        return stringClaim("acr");
    }

    /** The provider's session ID ({@code sid}). */
    public Optional<String> sessionId() {
        return stringClaim("sid");
    }

    /** A claim as text, when present and a string. */
    public Optional<String> stringClaim(String name) {
        Object value = claims.getClaim(name);
        return value instanceof String ? Optional.of((String) value) : Optional.empty();
    }

    /** Every claim, as parsed from the token (numbers, strings, lists, maps; dates of registered claims). */
    public Map<String, Object> claims() {
        return claims.getClaims();
    }

    @Override
    public String toString() {
        return "IdToken[sub=" + subject() + ", iss=" + issuer() + ", exp=" + expiresAt() + "]";
    }
}
