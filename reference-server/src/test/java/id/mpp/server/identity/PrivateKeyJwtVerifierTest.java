package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivateKeyJwtVerifierTest {
  private static final String ISSUER = "https://mpp.banyumaskab.go.id";
  private static final String TYPE = PrivateKeyJwtVerifier.ASSERTION_TYPE;

  private final MutableClock clock = MutableClock.atStart();
  private final RSAKey rsa = new RSAKey.Builder(TestKeys.pooled(6)).keyID("backend-rsa").algorithm(null).build();
  private final ECKey ec;
  private final Client client;
  private final PrivateKeyJwtVerifier verifier = new PrivateKeyJwtVerifier(TokenSettings.of(ISSUER),
      new InMemoryAssertionReplayStore(clock), clock, Duration.ofSeconds(30));
  private int jti;

  PrivateKeyJwtVerifierTest() throws Exception {
    ec = new ECKeyGenerator(Curve.P_256).keyID("backend-ec").generate();
    client = TestClients.backend(new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString());
  }

  private JWTClaimsSet.Builder claims() {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder().issuer(client.clientId()).subject(client.clientId()).audience(ISSUER)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).jwtID("jti-" + (++jti));
  }

  private static String sign(JWSAlgorithm alg, String kid, JWSSigner signer, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private String rs256(JWTClaimsSet claims) throws Exception {
    return sign(JWSAlgorithm.RS256, "backend-rsa", new RSASSASigner(rsa), claims);
  }

  private void assertInvalidClient(String assertion) {
    assertThatThrownBy(() -> verifier.verify(client, TYPE, assertion)).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
  }

  @Test
  @DisplayName("SSO-051: an RS256 assertion signed by a registered key with the issuer as aud authenticates")
  void validRs256Assertion() throws Exception {
    String assertion = rs256(claims().build());
    assertThatCode(() -> verifier.verify(client, TYPE, assertion)).doesNotThrowAnyException();
    assertThat(PrivateKeyJwtVerifier.claimedClientId(assertion)).contains(client.clientId());
  }

  @Test
  @DisplayName("SSO-051: an ES256 assertion and the token endpoint as aud are accepted")
  void validEs256AssertionForTheTokenEndpoint() throws Exception {
    String assertion = sign(JWSAlgorithm.ES256, "backend-ec", new ECDSASigner(ec),
        claims().audience(ISSUER + "/v1/sso/token").build());
    assertThatCode(() -> verifier.verify(client, TYPE, assertion)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("SSO-051: a PS256 assertion signed by the registered RSA key is accepted")
  void validPs256Assertion() throws Exception {
    String assertion = sign(JWSAlgorithm.PS256, "backend-rsa", new RSASSASigner(rsa), claims().build());
    assertThatCode(() -> verifier.verify(client, TYPE, assertion)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("SSO-050: a client's toString carries neither its secret hash nor its keys")
  void clientToStringHasNoCredentials() {
    assertThat(TestClients.web().toString()).doesNotContain("pbkdf2");
    assertThat(client.toString()).doesNotContain("keys");
  }

  @Test
  @DisplayName("SSO-051: an assertion without kid is checked against every registered key")
  void assertionWithoutKid() throws Exception {
    String assertion = sign(JWSAlgorithm.RS256, null, new RSASSASigner(rsa), claims().build());
    assertThatCode(() -> verifier.verify(client, TYPE, assertion)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("SSO-051: a replayed jti is invalid_client")
  void replayedJtiIsRefused() throws Exception {
    String assertion = rs256(claims().build());
    verifier.verify(client, TYPE, assertion);
    assertInvalidClient(assertion);
  }

  @Test
  @DisplayName("SSO-051: an assertion for another audience is invalid_client")
  void wrongAudienceIsRefused() throws Exception {
    assertInvalidClient(rs256(claims().audience("https://mpp.purbalinggakab.go.id").build()));
  }

  @Test
  @DisplayName("SSO-051: an expired assertion is invalid_client")
  void expiredAssertionIsRefused() throws Exception {
    String assertion = rs256(claims().build());
    clock.advance(Duration.ofSeconds(91));
    assertInvalidClient(assertion);
  }

  @Test
  @DisplayName("SSO-051: an assertion living longer than 5 minutes is invalid_client")
  void longLivedAssertionIsRefused() throws Exception {
    assertInvalidClient(rs256(claims().expirationTime(Date.from(clock.instant().plusSeconds(301))).build()));
  }

  @Test
  @DisplayName("SSO-051: an assertion without iat, exp or jti is invalid_client")
  void missingClaimsAreRefused() throws Exception {
    assertInvalidClient(rs256(claims().issueTime(null).build()));
    assertInvalidClient(rs256(claims().expirationTime(null).build()));
    assertInvalidClient(rs256(claims().jwtID(null).build()));
  }

  @Test
  @DisplayName("SSO-051: iss or sub other than the client ID is invalid_client")
  void wrongIssuerOrSubjectIsRefused() throws Exception {
    assertInvalidClient(rs256(claims().issuer("someone-else").build()));
    assertInvalidClient(rs256(claims().subject("someone-else").build()));
  }

  @Test
  @DisplayName("SSO-051: an assertion signed by an unregistered key is invalid_client")
  void unregisteredKeyIsRefused() throws Exception {
    assertInvalidClient(sign(JWSAlgorithm.RS256, "backend-rsa", new RSASSASigner(TestKeys.pooled(7)),
        claims().build()));
  }

  @Test
  @DisplayName("SSO-051: alg none is invalid_client")
  void algNoneIsRefused() {
    assertInvalidClient(new PlainJWT(claims().build()).serialize());
  }

  @Test
  @DisplayName("SSO-051: HS256 keyed with the registered public key is invalid_client")
  void hmacIsRefused() throws Exception {
    byte[] secret = rsa.toRSAPublicKey().getEncoded();
    assertInvalidClient(sign(JWSAlgorithm.HS256, "backend-rsa", new MACSigner(secret), claims().build()));
  }

  @Test
  @DisplayName("SSO-051: a wrong client_assertion_type is invalid_client")
  void wrongAssertionTypeIsRefused() throws Exception {
    String assertion = rs256(claims().build());
    assertThatThrownBy(() -> verifier.verify(client, "urn:other", assertion)).isInstanceOf(OAuthException.class);
  }

  @Test
  @DisplayName("SSO-050: a client registered for another method cannot authenticate with an assertion")
  void otherMethodIsRefused() throws Exception {
    String assertion = rs256(claims().build());
    assertThatThrownBy(() -> verifier.verify(TestClients.web(), TYPE, assertion))
        .isInstanceOfSatisfying(OAuthException.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
  }
}
