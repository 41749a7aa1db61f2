package id.mpp.server.storage.identity;

import id.mpp.server.identity.SigningKeyStore;
import id.mpp.server.identity.StoredSigningKey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The signing keys in {@code sso_signing_key}. The private key is stored as a JWK: whoever reads the table can
 * sign tokens, so the database is protected like the key itself.
 */
@Singleton
public final class JdbcSigningKeyStore implements SigningKeyStore {
    private final Jdbc jdbc;

    public JdbcSigningKeyStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<StoredSigningKey> loadAll() {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT kid, private_jwk, publish_at, activate_at FROM sso_signing_key ORDER BY activate_at, kid");
                 ResultSet rows = statement.executeQuery()) {
                List<StoredSigningKey> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(new StoredSigningKey(rows.getString("kid"), rows.getString("private_jwk"),
                            Jdbc.instant(rows, "publish_at"), Jdbc.instant(rows, "activate_at")));
                }
                return keys;
            }
        });
    }

    @Override
    public void save(StoredSigningKey key) {
        jdbc.update("INSERT INTO sso_signing_key (kid, private_jwk, publish_at, activate_at) VALUES (?, ?, ?, ?)",
                key.kid(), key.privateJwkJson(), key.publishAt(), key.activateAt());
    }

    @Override
    public void delete(String kid) {
        jdbc.update("DELETE FROM sso_signing_key WHERE kid = ?", kid);
    }
}
