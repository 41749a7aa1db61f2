package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.InMemoryTokenRevocations;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import id.mpp.server.domain.oauth.TestClients;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {
  private static final String ISSUER = "https://mpp.banyumaskab.go.id";

  private final MutableClock clock = MutableClock.atStart();
  private final SigningKeyRing ring = new SigningKeyRing(new InMemorySigningKeyStore(), KeyRotationPolicy.defaults(),
      TestKeys.factory(), new SequentialTokenGenerator(), clock);
  private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  private final TokenIssuer issuer = new TokenIssuer(ring, TokenSettings.of(ISSUER), revocations,
      new SequentialTokenGenerator(), clock);
  private final Grant grant = new Grant("grant-1", "banyumas-layanan-web", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "ses_1",
      Scopes.parse("openid profile nik"), Instant.parse("2026-11-29T07:59:00Z"), AcrValue.EMAIL);

  TokenIssuerTest() {
    ring.maintain();
  }

  private SignedJWT verified(String token) throws Exception {
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(new RSASSAVerifier(ring.publishedKey(jwt.getHeader().getKeyID()).orElseThrow()))).isTrue();
    return jwt;
  }

  @Test
  @DisplayName("SSO-035: the access token is an at+jwt with iss, sub, aud, client_id, scope, iat, exp, jti")
  void accessTokenClaims() throws Exception {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    SignedJWT jwt = verified(issued.token());
    assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getSubject()).isEqualTo(grant.subject());
    assertThat(claims.getAudience()).containsExactly(ISSUER + "/v1");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("banyumas-layanan-web");
    assertThat(claims.getStringClaim("scope")).isEqualTo("openid profile nik");
    assertThat(claims.getJWTID()).isEqualTo(issued.jti());
    assertThat(claims.getLongClaim("auth_time")).isEqualTo(grant.authTime().getEpochSecond());
    assertThat(claims.getStringClaim("acr")).isEqualTo("urn:mpp:acr:email");
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(claims.getIssueTime().toInstant().plusSeconds(300));
    assertThat(issued.expiresIn()).isEqualTo(300);
  }

  @Test
  @DisplayName("SSO-004: tokens are signed by the key the JWK Set publishes under their kid")
  void signedByThePublishedSigningKey() throws Exception {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    assertThat(SignedJWT.parse(issued.token()).getHeader().getKeyID())
        .isEqualTo(ring.signingKey().getKeyID()).isEqualTo(issued.kid());
    assertThat(ring.publishedKey(issued.kid())).isPresent();
  }

  @Test
  @DisplayName("SSO-034: the ID token has iss, sub, aud, exp after iat, auth_time, acr, nonce, sid and at_hash")
  void idTokenClaims() throws Exception {
    IssuedAccessToken access = issuer.issueAccessToken(grant, null);
    JWTClaimsSet claims = verified(issuer.issueIdToken(grant, "n-0S6_WzA2Mj", access.token())).getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getSubject()).isEqualTo(grant.subject());
    assertThat(claims.getAudience()).containsExactly("banyumas-layanan-web");
    assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    assertThat(claims.getLongClaim("auth_time")).isEqualTo(grant.authTime().getEpochSecond());
    assertThat(claims.getStringClaim("acr")).isEqualTo("urn:mpp:acr:email");
    assertThat(claims.getStringClaim("nonce")).isEqualTo("n-0S6_WzA2Mj");
    assertThat(claims.getStringClaim("sid")).isEqualTo("ses_1");
    assertThat(claims.getStringClaim("at_hash")).isEqualTo(TokenIssuer.atHash(access.token()));
  }

  @Test
  @DisplayName("SSO-034: without a nonce in the request the ID token has none")
  void idTokenWithoutNonce() throws Exception {
    IssuedAccessToken access = issuer.issueAccessToken(grant, null);
    assertThat(verified(issuer.issueIdToken(grant, null, access.token())).getJWTClaimsSet().getClaims())
        .doesNotContainKey("nonce");
  }

  @Test
  @DisplayName("SSO-034: at_hash is the base64url of the left half of SHA-256 (OIDC Core 3.1.3.6 example)")
  void atHashFollowsOidcCore() {
    // The access token and at_hash of OpenID Connect Core 1.0 Appendix A.3.
    assertThat(TokenIssuer.atHash("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"))
        .isEqualTo("77QmUPtjPfzWtF2AnpK9RQ");
  }

  @Test
  @DisplayName("SSO-062: no ID token or access token contains the NIK, even with scope nik")
  void noTokenCarriesTheNik() throws Exception {
    IssuedAccessToken access = issuer.issueAccessToken(grant, null);
    String idToken = issuer.issueIdToken(grant, null, access.token());
    assertThat(SignedJWT.parse(access.token()).getJWTClaimsSet().getClaims()).doesNotContainKey("nik");
    assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getClaims()).doesNotContainKey("nik");
  }

  @Test
  @DisplayName("SSO-053: a client credentials token has sub equal to the client ID, its agency and no auth_time")
  void clientCredentialsToken() throws Exception {
    IssuedAccessToken issued = issuer.issueClientAccessToken(TestClients.backend("{\"keys\":[]}"),
        Scopes.parse("officer agency.events"));
    JWTClaimsSet claims = verified(issued.token()).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("disdukcapil-banyumas-backend");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("disdukcapil-banyumas-backend");
    assertThat(claims.getStringClaim("scope")).isEqualTo("officer agency.events");
    assertThat(claims.getStringClaim(TokenIssuer.AGENCY_CLAIM)).isEqualTo("33-02-disdukcapil");
    assertThat(claims.getClaims()).doesNotContainKeys("auth_time", "acr");
  }

  @Test
  @DisplayName("SSO-035: an officer's access token names the officer's agency")
  void officerTokenNamesTheAgency() throws Exception {
    IssuedAccessToken issued = issuer.issueAccessToken(grant.withScopes(Scopes.parse("openid officer")),
        "33-02-disdukcapil");
    assertThat(verified(issued.token()).getJWTClaimsSet().getStringClaim(TokenIssuer.AGENCY_CLAIM))
        .isEqualTo("33-02-disdukcapil");
  }

  @Test
  @DisplayName("SSO-030: every access token is recorded with its grant, so revoking the grant refuses it")
  void accessTokensAreRecordedWithTheirGrant() {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    revocations.revokeGrant(grant.grantId());
    assertThat(revocations.isAccessTokenRevoked(issued.jti())).isTrue();
  }
}
