package id.mpp.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.TokenGenerator;
import id.mpp.server.domain.oauth.TokenRevocations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the provider's tokens with the ring's signing key (SSO-004): access tokens as RFC 9068 JWTs
 * (SSO-035) and ID tokens (SSO-034). No token ever carries the NIK (SSO-062): claims of the granted scopes
 * are released by UserInfo only.
 */
public final class TokenIssuer {
  /** The claim naming the agency of an officer's or an agency back-end's token. */
  public static final String AGENCY_CLAIM = "agency_id";

  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  private final SigningKeyRing keys;
  private final TokenSettings settings;
  private final TokenRevocations revocations;
  private final TokenGenerator ids;
  private final Clock clock;
  /**
   * One signer per key, made once: building one turns the key's JWK form into a Java private key (eight base64
   * numbers decoded, a key factory call), about a twentieth of a token's cost. Signers are thread-safe.
   */
  private final Map<String, RSASSASigner> signers = new ConcurrentHashMap<>();

  public TokenIssuer(SigningKeyRing keys, TokenSettings settings, TokenRevocations revocations,
      TokenGenerator ids, Clock clock) {
    this.keys = keys;
    this.settings = settings;
    this.revocations = revocations;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * An access token for an account's grant, with {@code auth_time} and {@code acr}.
   *
   * @param agencyId the agency of an officer, or {@code null} for a citizen
   */
  public IssuedAccessToken issueAccessToken(Grant grant, String agencyId) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .subject(grant.subject())
        .claim("client_id", grant.clientId())
        .claim("scope", grant.scopes().asString())
        .claim("auth_time", grant.authTime().getEpochSecond())
        .claim("acr", grant.acr().urn());
    if (agencyId != null) {
      claims.claim(AGENCY_CLAIM, agencyId);
    }
    return accessToken(claims, grant.grantId());
  }

  /** A {@code client_credentials} access token: {@code sub} is the client ID (SSO-053). */
  public IssuedAccessToken issueClientAccessToken(Client client, Scopes scopes) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .subject(client.clientId())
        .claim("client_id", client.clientId())
        .claim("scope", scopes.asString());
    client.agency().ifPresent(agency -> claims.claim(AGENCY_CLAIM, agency));
    return accessToken(claims, null);
  }

  /**
   * An ID token for {@code grant} (SSO-034): {@code iss}, {@code sub}, {@code aud} (the client ID),
   * {@code exp}, {@code iat}, {@code auth_time}, {@code nonce} when given, {@code acr}, {@code at_hash} of
   * {@code accessToken} and {@code sid}.
   */
  public String issueIdToken(Grant grant, String nonce, String accessToken) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(settings.issuer())
        .subject(grant.subject())
        .audience(grant.clientId())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(settings.idTokenLifetime())))
        .claim("auth_time", grant.authTime().getEpochSecond())
        .claim("acr", grant.acr().urn())
        .claim("at_hash", atHash(accessToken));
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    if (grant.sessionId() != null) {
      claims.claim("sid", grant.sessionId());
    }
    RSAKey key = keys.signingKey();
    return sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID())
        .build(), claims.build());
  }

  /** OpenID Connect Core §3.1.3.6: base64url of the left half of SHA-256 of the token's ASCII. */
  public static String atHash(String accessToken) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private IssuedAccessToken accessToken(JWTClaimsSet.Builder claims, String grantId) {
    Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
    Instant expiresAt = now.plus(settings.accessTokenLifetime());
    String jti = ids.newToken();
    claims.issuer(settings.issuer())
        .audience(settings.apiAudience())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(expiresAt))
        .jwtID(jti);
    RSAKey key = keys.signingKey();
    String token = sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).type(AT_JWT).keyID(key.getKeyID()).build(),
        claims.build());
    revocations.recordAccessToken(jti, grantId, expiresAt);
    return new IssuedAccessToken(token, jti, key.getKeyID(), now, expiresAt);
  }

  private String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(signerFor(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing failed with key " + key.getKeyID(), e);
    }
  }

  private RSASSASigner signerFor(RSAKey key) throws JOSEException {
    RSASSASigner signer = signers.get(key.getKeyID());
    if (signer == null) {
      signer = new RSASSASigner(key);
      signers.put(key.getKeyID(), signer);
    }
    return signer;
  }
}
