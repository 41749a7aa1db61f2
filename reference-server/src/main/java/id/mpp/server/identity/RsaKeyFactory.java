package id.mpp.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** Makes RS256 signing key pairs of 2048 bits (SSO-003). Injected so tests can reuse pre-made keys. */
public interface RsaKeyFactory {
  int KEY_SIZE = 2048;

  RSAKey generate(String kid);

  /** Generates a fresh key pair each time. */
  static RsaKeyFactory generating() {
    return kid -> {
      try {
        return new RSAKeyGenerator(KEY_SIZE).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
            .generate();
      } catch (JOSEException e) {
        throw new IllegalStateException("RSA key generation failed", e);
      }
    };
  }
}
