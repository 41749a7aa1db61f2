package id.mpp.server.identity;

import java.util.List;

/** Persists the provider's signing keys (a JDBC implementation lives in the storage layer). */
public interface SigningKeyStore {
  List<StoredSigningKey> loadAll();

  void save(StoredSigningKey key);

  void delete(String kid);
}
