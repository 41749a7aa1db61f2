package id.mpp.server.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SigningKeyStore} in memory, for tests. */
public final class InMemorySigningKeyStore implements SigningKeyStore {
  private final Map<String, StoredSigningKey> keys = new ConcurrentHashMap<>();

  @Override
  public List<StoredSigningKey> loadAll() {
    return new ArrayList<>(keys.values());
  }

  @Override
  public void save(StoredSigningKey key) {
    keys.put(key.kid(), key);
  }

  @Override
  public void delete(String kid) {
    keys.remove(kid);
  }
}
