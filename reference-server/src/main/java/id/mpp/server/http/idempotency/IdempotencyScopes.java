package id.mpp.server.http.idempotency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Whose key an {@code Idempotency-Key} is (GEN-012). With an access token: the client and the user it was issued
 * for ({@code client_id} and the subject; a client-credentials token has the client as its subject), so the same
 * key from another client or user is a new request. Without a token (public POSTs such as {@code registerAccount}
 * there is neither a client nor a user to scope by): the client address, as the server resolves it (honouring
 * {@code micronaut.server.client-address-header} behind a proxy). Scoping anonymous keys globally would let anyone
 * who learns or guesses a key read another person's answer (a registration answer holds a name and an e-mail
 * address); scoping by address keeps a stranger's replay impossible, and a genuine retry from another address
 * (a phone that switched networks) is merely treated as a new request, which the operation's own rules
 * ({@code 409 account-exists}) keep from having a second effect. The scope is stored as a SHA-256 hash, so that
 * the table holds no address.
 */
@Singleton
final class IdempotencyScopes {

    private final HttpClientAddressResolver addresses;

    IdempotencyScopes(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    /** The hashed scope of the request's key. */
    String of(HttpRequest<?> request) {
        return RequestFingerprint.sha256Hex(describe(request.getUserPrincipal(Authentication.class),
                addresses.resolve(request)));
    }

    /** The scope in words, before hashing: {@code client=...;user=...} or {@code address=...}. */
    static String describe(Optional<Authentication> authentication, String clientAddress) {
        if (authentication.isPresent()) {
            Map<String, Object> attributes = authentication.get().getAttributes();
            Object client = attributes.getOrDefault("client_id", attributes.get("azp"));
            return "client=" + (client == null ? "" : client) + ";user=" + authentication.get().getName();
        }
        return "address=" + (clientAddress == null ? "" : clientAddress);
    }
}
