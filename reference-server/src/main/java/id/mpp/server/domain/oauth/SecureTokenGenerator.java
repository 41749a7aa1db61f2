package id.mpp.server.domain.oauth;

import java.security.SecureRandom;
import java.util.Base64;

/** A {@link TokenGenerator} over {@link SecureRandom}: 32 random bytes, base64url. */
public final class SecureTokenGenerator implements TokenGenerator {
  private final SecureRandom random;

  public SecureTokenGenerator(SecureRandom random) {
    this.random = random;
  }

  public SecureTokenGenerator() {
    this(new SecureRandom());
  }

  @Override
  public String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
