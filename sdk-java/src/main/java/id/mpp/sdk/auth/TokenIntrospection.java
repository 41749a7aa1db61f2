package id.mpp.sdk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The provider's answer about a token (RFC 7662 §2.2): whether it is active and, when it is, its metadata.
 *
 * <p>An inactive token (expired, revoked, unknown, or not the caller's to learn about) has nothing but
 * {@code active=false}. Immutable.
 */
public final class TokenIntrospection {

    private final JsonNode body;

    private TokenIntrospection(JsonNode body) {
        this.body = body.deepCopy();
    }

    static TokenIntrospection of(JsonNode body) {
        return new TokenIntrospection(body);
    }

    /** Whether the token is currently valid. */
    public boolean active() {
        JsonNode active = body.get("active");
        return active != null && active.isBoolean() && active.booleanValue();
    }

    /** The token's subject: the account, or the client ID for a client credentials token. */
    public Optional<String> subject() {
        return text("sub");
    }

    /** The client the token was issued to. */
    public Optional<String> clientId() {
        return text("client_id");
    }

    /** The token's scopes; empty for an inactive token. */
    public List<String> scopes() {
        return text("scope").map(scope -> List.of(scope.trim().split(" +"))).orElse(List.of());
    }

    /** When the token expires. */
    public Optional<Instant> expiresAt() {
        JsonNode exp = body.get("exp");
        return exp != null && exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
    }

    /** Any other member of the answer as text, such as {@code acr} or {@code jti}. */
    public Optional<String> text(String member) {
        JsonNode value = body.get(member);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** Describes the answer; it holds no token. */
    @Override
    public String toString() {
        return "TokenIntrospection[active=" + active() + ", sub=" + subject().orElse(null) + ", scopes="
                + Arrays.toString(scopes().toArray()) + "]";
    }
}
