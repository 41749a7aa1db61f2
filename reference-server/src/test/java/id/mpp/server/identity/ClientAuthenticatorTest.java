package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.InMemoryClientDirectory;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAuthenticatorTest {
  private static final String ISSUER = "https://mpp.banyumaskab.go.id";
  private static final String TYPE = PrivateKeyJwtVerifier.ASSERTION_TYPE;

  private final MutableClock clock = MutableClock.atStart();
  private final RSAKey key = new RSAKey.Builder(TestKeys.pooled(6)).keyID("backend-rsa").build();
  private final Client backend = TestClients.backend(new JWKSet(List.of(key.toPublicJWK())).toString());
  private final Client web = TestClients.web();
  private final ClientAuthenticator authenticator = new ClientAuthenticator(
      new InMemoryClientDirectory(web, TestClients.cli(), backend),
      new PrivateKeyJwtVerifier(TokenSettings.of(ISSUER), new InMemoryAssertionReplayStore(clock), clock,
          Duration.ofSeconds(30)),
      (secret, hash) -> hash.equals("pbkdf2$hash") && secret.equals("s3cret:with%chars"));

  private static String basic(String id, String secret) {
    String pair = java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
        + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private String assertion() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(backend.clientId()).subject(backend.clientId())
        .audience(ISSUER).issueTime(Date.from(clock.instant()))
        .expirationTime(Date.from(clock.instant().plusSeconds(60))).jwtID("j-1").build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("backend-rsa").build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private void assertInvalidClient(ClientCredentials credentials) {
    assertThatThrownBy(() -> authenticator.authenticate(credentials)).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
  }

  @Test
  @DisplayName("SSO-050: client_secret_basic with the right secret (form-urlencoded) authenticates")
  void basicAuthenticates() {
    ClientCredentials credentials = ClientCredentials.of(basic(web.clientId(), "s3cret:with%chars"), null, null,
        null, null);
    assertThat(authenticator.authenticate(credentials)).isEqualTo(web);
  }

  @Test
  @DisplayName("SSO-050: a wrong secret, no credentials or the secret in the body is invalid_client")
  void basicFailures() {
    assertInvalidClient(ClientCredentials.of(basic(web.clientId(), "wrong"), null, null, null, null));
    assertInvalidClient(ClientCredentials.of(null, web.clientId(), null, null, null));
    assertInvalidClient(ClientCredentials.of(null, web.clientId(), "s3cret:with%chars", null, null));
    assertInvalidClient(ClientCredentials.of("Basic !!!", null, null, null, null));
  }

  @Test
  @DisplayName("SSO-050: Basic credentials of a client registered for another method are invalid_client")
  void basicForAnotherMethod() {
    assertInvalidClient(ClientCredentials.of(basic(backend.clientId(), "s3cret:with%chars"), null, null, null,
        null));
    assertInvalidClient(ClientCredentials.of(basic("unknown", "s3cret:with%chars"), null, null, null, null));
  }

  @Test
  @DisplayName("SSO-051: private_key_jwt authenticates with or without client_id in the form")
  void privateKeyJwtAuthenticates() throws Exception {
    assertThat(authenticator.authenticate(ClientCredentials.of(null, null, null, TYPE, assertion())))
        .isEqualTo(backend);
  }

  @Test
  @DisplayName("SSO-051: an assertion for a client registered for client_secret_basic is invalid_client")
  void assertionForASecretClient() throws Exception {
    assertInvalidClient(ClientCredentials.of(null, web.clientId(), null, TYPE, assertion()));
  }

  @Test
  @DisplayName("SSO-052: a public client is identified by client_id alone")
  void publicClientByIdAlone() {
    assertThat(authenticator.authenticate(ClientCredentials.of(null, "mpp-cli", null, null, null)).clientId())
        .isEqualTo("mpp-cli");
    assertInvalidClient(ClientCredentials.of(null, "unknown", null, null, null));
    assertInvalidClient(ClientCredentials.of(null, null, null, null, null));
  }

  @Test
  @DisplayName("SSO-050: using two authentication methods at once is invalid_request")
  void twoMethodsAreRefused() throws Exception {
    String assertion = assertion();
    assertThatThrownBy(() -> authenticator.authenticate(ClientCredentials.of(basic(web.clientId(),
        "s3cret:with%chars"), null, null, TYPE, assertion))).isInstanceOfSatisfying(OAuthException.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST));
  }

  @Test
  @DisplayName("SSO-050: the credentials' toString carries neither secret nor assertion")
  void credentialsToStringHasNoSecret() {
    assertThat(ClientCredentials.of(basic(web.clientId(), "s3cret:with%chars"), null, null, null, null).toString())
        .doesNotContain("s3cret");
  }
}
