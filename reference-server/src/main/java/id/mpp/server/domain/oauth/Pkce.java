package id.mpp.server.domain.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** PKCE (RFC 7636) with the one method the provider accepts, {@code S256} (SSO-010, SSO-033). */
public final class Pkce {
  public static final String S256 = "S256";

  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private Pkce() {}

  /** Whether {@code challenge} has the form of {@code BASE64URL(SHA-256(verifier))}: 43 base64url characters. */
  public static boolean isWellFormedChallenge(String challenge) {
    return challenge != null && CHALLENGE.matcher(challenge).matches();
  }

  /** Whether {@code verifier} is 43 to 128 unreserved characters (RFC 7636 §4.1). */
  public static boolean isWellFormedVerifier(String verifier) {
    return verifier != null && VERIFIER.matcher(verifier).matches();
  }

  /** {@code BASE64URL(SHA-256(ASCII(verifier)))}, without padding. */
  public static String challengeOf(String verifier) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
  }

  /**
   * Whether {@code verifier} is well formed and its S256 challenge equals {@code challenge}, compared in
   * constant time.
   */
  public static boolean verify(String verifier, String challenge) {
    if (!isWellFormedVerifier(verifier) || !isWellFormedChallenge(challenge)) {
      return false;
    }
    return MessageDigest.isEqual(
        challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
        challenge.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
