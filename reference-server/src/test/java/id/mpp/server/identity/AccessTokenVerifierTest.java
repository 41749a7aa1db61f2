package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.InMemoryTokenRevocations;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import id.mpp.server.identity.AccessTokenVerification.Reason;
import id.mpp.server.identity.AccessTokenVerification.Rejected;
import id.mpp.server.identity.AccessTokenVerification.Verified;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {
  private static final String ISSUER = "https://mpp.banyumaskab.go.id";

  private final MutableClock clock = MutableClock.atStart();
  private final SigningKeyRing ring = new SigningKeyRing(new InMemorySigningKeyStore(), KeyRotationPolicy.defaults(),
      TestKeys.factory(), new SequentialTokenGenerator(), clock);
  private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  private final TokenSettings settings = TokenSettings.of(ISSUER);
  private final TokenIssuer issuer = new TokenIssuer(ring, settings, revocations, new SequentialTokenGenerator(),
      clock);
  private final AccessTokenVerifier verifier = new AccessTokenVerifier(ring, settings, revocations, clock,
      Duration.ofSeconds(30));
  private final Grant grant = new Grant("grant-1", "banyumas-layanan-web", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "ses_1",
      Scopes.parse("openid profile"), Instant.parse("2026-11-29T07:59:00Z"), AcrValue.NIK);

  AccessTokenVerifierTest() {
    ring.maintain();
  }

  private JWTClaimsSet.Builder validClaims() {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder().issuer(ISSUER).subject(grant.subject()).audience(ISSUER + "/v1")
        .claim("client_id", grant.clientId()).claim("scope", "openid profile").issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300))).jwtID("forged-jti");
  }

  private String signWith(RSAKey key, String kid, JOSEObjectType type, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).keyID(kid).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private String signWithRing(JWTClaimsSet claims) throws Exception {
    RSAKey key = ring.signingKey();
    return signWith(key, key.getKeyID(), new JOSEObjectType("at+jwt"), claims);
  }

  private Reason reasonFor(String token) {
    AccessTokenVerification result = verifier.verify(token);
    assertThat(result).isInstanceOf(Rejected.class);
    return ((Rejected) result).reason();
  }

  @Test
  @DisplayName("SSO-060: a token the provider issued verifies and answers its claims")
  void issuedTokenVerifies() {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    AccessTokenVerification result = verifier.verify(issued.token());
    assertThat(result).isInstanceOf(Verified.class);
    VerifiedAccessToken token = ((Verified) result).token();
    assertThat(token.subject()).isEqualTo(grant.subject());
    assertThat(token.clientId()).isEqualTo(grant.clientId());
    assertThat(token.scopes()).isEqualTo(grant.scopes());
    assertThat(token.jti()).isEqualTo(issued.jti());
    assertThat(token.authTime()).isEqualTo(grant.authTime());
    assertThat(token.acr()).isEqualTo("urn:mpp:acr:nik");
    assertThat(token.isAccountToken()).isTrue();
  }

  @Test
  @DisplayName("SSO-060, GEN-019: alg none is refused")
  void algNoneIsRefused() {
    String token = new PlainJWT(validClaims().build()).serialize();
    assertThat(reasonFor(token)).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  @DisplayName("SSO-060: HS256 signed with the published public key as secret is refused")
  void hmacWithThePublicKeyIsRefused() throws Exception {
    RSAKey published = ring.publishedKeys().get(0);
    byte[] secret = published.toRSAPublicKey().getEncoded();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
        .keyID(published.getKeyID()).build(), validClaims().build());
    jwt.sign(new MACSigner(secret));
    assertThat(reasonFor(jwt.serialize())).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  @DisplayName("SSO-060: a token whose kid is not published is refused")
  void unknownKidIsRefused() throws Exception {
    RSAKey stranger = TestKeys.pooled(5);
    assertThat(reasonFor(signWith(stranger, "unknown-kid", new JOSEObjectType("at+jwt"), validClaims().build())))
        .isEqualTo(Reason.UNKNOWN_KEY);
  }

  @Test
  @DisplayName("SSO-060, GEN-019: a token signed by another key under a published kid is refused")
  void badSignatureIsRefused() throws Exception {
    RSAKey stranger = TestKeys.pooled(5);
    assertThat(reasonFor(signWith(stranger, ring.signingKey().getKeyID(), new JOSEObjectType("at+jwt"),
        validClaims().build()))).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  @DisplayName("SSO-060: a token with a tampered payload is refused")
  void tamperedTokenIsRefused() {
    String token = issuer.issueAccessToken(grant, null).token();
    String[] parts = token.split("\\.");
    String forged = com.nimbusds.jose.util.Base64URL.encode(validClaims().claim("scope", "openid officer").build()
        .toString()).toString();
    assertThat(reasonFor(parts[0] + "." + forged + "." + parts[2])).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  @DisplayName("SSO-060, GEN-019: a token of another issuer is refused")
  void wrongIssuerIsRefused() throws Exception {
    assertThat(reasonFor(signWithRing(validClaims().issuer("https://mpp.evil.example").build())))
        .isEqualTo(Reason.WRONG_ISSUER);
    assertThat(reasonFor(signWithRing(validClaims().issuer(ISSUER + "/").build()))).isEqualTo(Reason.WRONG_ISSUER);
  }

  @Test
  @DisplayName("SSO-060: a token whose aud is not the API is refused")
  void wrongAudienceIsRefused() throws Exception {
    assertThat(reasonFor(signWithRing(validClaims().audience("banyumas-layanan-web").build())))
        .isEqualTo(Reason.WRONG_AUDIENCE);
  }

  @Test
  @DisplayName("SSO-060, GEN-019: a token past its exp (beyond the skew) is refused")
  void expiredTokenIsRefused() {
    String token = issuer.issueAccessToken(grant, null).token();
    clock.advance(Duration.ofSeconds(300 + 29));
    assertThat(verifier.verify(token)).isInstanceOf(Verified.class);
    clock.advance(Duration.ofSeconds(1));
    assertThat(reasonFor(token)).isEqualTo(Reason.EXPIRED);
  }

  @Test
  @DisplayName("SSO-060: a token not yet valid (nbf beyond the skew) is refused")
  void notYetValidIsRefused() throws Exception {
    Date future = Date.from(clock.instant().plusSeconds(120));
    assertThat(reasonFor(signWithRing(validClaims().notBeforeTime(future).build()))).isEqualTo(Reason.NOT_YET_VALID);
  }

  @Test
  @DisplayName("SSO-060: an ID token (typ JWT) is not accepted as an access token")
  void wrongTypeIsRefused() throws Exception {
    RSAKey key = ring.signingKey();
    assertThat(reasonFor(signWith(key, key.getKeyID(), JOSEObjectType.JWT, validClaims().build())))
        .isEqualTo(Reason.WRONG_TYPE);
  }

  @Test
  @DisplayName("SSO-060, SSO-070: a revoked token is refused")
  void revokedTokenIsRefused() {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    revocations.revokeAccessToken(issued.jti(), issued.expiresAt());
    assertThat(reasonFor(issued.token())).isEqualTo(Reason.REVOKED);
  }

  @Test
  @DisplayName("SSO-030: a token whose grant was revoked is refused")
  void tokenOfARevokedGrantIsRefused() {
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    revocations.revokeGrant(grant.grantId());
    assertThat(reasonFor(issued.token())).isEqualTo(Reason.REVOKED);
  }

  @Test
  @DisplayName("GEN-019: a malformed token is refused")
  void malformedTokenIsRefused() {
    assertThat(reasonFor("not.a.jwt")).isEqualTo(Reason.MALFORMED);
    assertThat(reasonFor("")).isEqualTo(Reason.MALFORMED);
  }

  @Test
  @DisplayName("SSO-005: a token signed by a retired key verifies while the key is still published")
  void retiredKeyTokensStillVerify() {
    ring.rotate();
    clock.advance(Duration.ofHours(24).minusSeconds(10));
    IssuedAccessToken issued = issuer.issueAccessToken(grant, null);
    clock.advance(Duration.ofSeconds(280));
    assertThat(ring.signingKey().getKeyID()).isNotEqualTo(issued.kid());
    assertThat(verifier.verify(issued.token())).isInstanceOf(Verified.class);
  }
}
