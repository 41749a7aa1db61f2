package id.mpp.server.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** RSA keys generated once per test run and handed out under new key IDs, to keep the tests fast. */
final class TestKeys {
  private static final List<RSAKey> POOL = new ArrayList<>();

  private TestKeys() {}

  static synchronized RSAKey pooled(int index) {
    while (POOL.size() <= index) {
      POOL.add(RsaKeyFactory.generating().generate("pool-" + POOL.size()));
    }
    return POOL.get(index);
  }

  /** A factory that hands out distinct pooled key pairs in turn (four before repeating). */
  static RsaKeyFactory factory() {
    AtomicInteger next = new AtomicInteger();
    return kid -> new RSAKey.Builder(pooled(next.getAndIncrement() % 4)).keyID(kid).build();
  }
}
