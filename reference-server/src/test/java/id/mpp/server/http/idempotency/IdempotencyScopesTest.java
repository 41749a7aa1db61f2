package id.mpp.server.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whose key an Idempotency-Key is. */
class IdempotencyScopesTest {

    @Test
    @DisplayName("GEN-012: with a token the scope is the client and the user, so another user or client is another scope")
    void tokenScopeIsClientAndUser() {
        String mine = IdempotencyScopes.describe(Optional.of(
                Authentication.build("usr_A", Map.of("client_id", "app-1"))), "10.0.0.1");
        String otherUser = IdempotencyScopes.describe(Optional.of(
                Authentication.build("usr_B", Map.of("client_id", "app-1"))), "10.0.0.1");
        String otherClient = IdempotencyScopes.describe(Optional.of(
                Authentication.build("usr_A", Map.of("client_id", "app-2"))), "10.0.0.1");

        assertThat(mine).isEqualTo("client=app-1;user=usr_A");
        assertThat(otherUser).isNotEqualTo(mine);
        assertThat(otherClient).isNotEqualTo(mine);
    }

    @Test
    @DisplayName("GEN-012: the same user and client from another address is the same scope")
    void tokenScopeIgnoresTheAddress() {
        Authentication user = Authentication.build("usr_A", Map.of("client_id", "app-1"));

        assertThat(IdempotencyScopes.describe(Optional.of(user), "10.0.0.1"))
                .isEqualTo(IdempotencyScopes.describe(Optional.of(user), "10.0.0.9"));
    }

    @Test
    @DisplayName("GEN-012: without a token the scope is the client address")
    void anonymousScopeIsTheAddress() {
        assertThat(IdempotencyScopes.describe(Optional.empty(), "10.0.0.1")).isEqualTo("address=10.0.0.1");
    }

    @Test
    @DisplayName("The fingerprint changes with the method, the path or a single byte of the body")
    void fingerprintCoversMethodPathAndBody() {
        String base = RequestFingerprint.of("POST", "/v1/accounts", "{\"a\":1}".getBytes());

        assertThat(base).hasSize(64).isEqualTo(RequestFingerprint.of("POST", "/v1/accounts", "{\"a\":1}".getBytes()));
        assertThat(RequestFingerprint.of("PUT", "/v1/accounts", "{\"a\":1}".getBytes())).isNotEqualTo(base);
        assertThat(RequestFingerprint.of("POST", "/v1/other", "{\"a\":1}".getBytes())).isNotEqualTo(base);
        assertThat(RequestFingerprint.of("POST", "/v1/accounts", "{\"a\":2}".getBytes())).isNotEqualTo(base);
    }
}
