package id.mpp.server.storage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.AuthorizationCodeRecord;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.RefreshTokenRecord;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.TokenHashes;
import id.mpp.server.identity.StoredSigningKey;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the identity stores must do on every database the server supports (H2 in PostgreSQL mode and
 * PostgreSQL): the V3 migration creates their tables, values round-trip exactly, and the single-use marks are
 * atomic. Each subclass names a database. Every test uses fresh random keys, so the order does not matter.
 */
abstract class IdentityStoresContract {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    /** Keys of this test never become the signing key of the running context. */
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Inject
    JdbcSigningKeyStore keys;

    @Inject
    JdbcAuthorizationCodeRepository codes;

    @Inject
    JdbcRefreshTokenRepository refreshTokens;

    @Inject
    JdbcTokenRevocations revocations;

    @Inject
    JdbcAssertionReplayStore assertions;

    @Test
    @DisplayName("The V3 identity migration is applied after the regions")
    void identityMigrationApplied() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).contains("1", "2", "3");
    }

    @Test
    @DisplayName("SSO-004, SSO-005: a signing key is stored with its JWK and instants, listed, and deleted")
    void signingKeysRoundTrip() {
        String kid = "test-" + UUID.randomUUID();
        String jwk = "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"n\":\"" + "A".repeat(1800) + "\"}";
        StoredSigningKey key = new StoredSigningKey(kid, jwk, FAR, FAR.plus(1, ChronoUnit.DAYS));

        keys.save(key);

        assertThat(keys.loadAll()).contains(key);
        keys.delete(kid);
        assertThat(keys.loadAll()).extracting(StoredSigningKey::kid).doesNotContain(kid);
    }

    @Test
    @DisplayName("SSO-031: an authorization code is stored by hash with its grant and redeemed exactly once")
    void authorizationCodeIsRedeemedOnce() {
        String hash = TokenHashes.hash(UUID.randomUUID().toString());
        AuthorizationCodeRecord record = new AuthorizationCodeRecord(hash, grant(), "http://127.0.0.1:4711/callback",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "n-0S6", T0, T0.plusSeconds(60), null);

        codes.save(record);

        assertThat(codes.find(hash)).contains(record);
        assertThat(codes.markRedeemed(hash, T0.plusSeconds(5))).isTrue();
        assertThat(codes.markRedeemed(hash, T0.plusSeconds(6))).isFalse();
        assertThat(codes.find(hash)).hasValueSatisfying(
                stored -> assertThat(stored.redeemedAt()).isEqualTo(T0.plusSeconds(5)));
        assertThat(codes.find(TokenHashes.hash("unknown"))).isEmpty();
    }

    @Test
    @DisplayName("SSO-040, SSO-041: a refresh token is stored by hash with its family and rotated exactly once")
    void refreshTokenIsRotatedOnce() {
        String hash = TokenHashes.hash(UUID.randomUUID().toString());
        RefreshTokenRecord record = new RefreshTokenRecord(hash, grant(), T0, T0.plus(30, ChronoUnit.DAYS), null);

        refreshTokens.save(record);

        assertThat(refreshTokens.find(hash)).contains(record);
        assertThat(refreshTokens.markRotated(hash, T0.plusSeconds(1))).isTrue();
        assertThat(refreshTokens.markRotated(hash, T0.plusSeconds(2))).isFalse();
        assertThat(refreshTokens.find(hash)).hasValueSatisfying(RefreshTokenRecord::isRotated);
    }

    @Test
    @DisplayName("SSO-070: a revoked access token is revoked; other tokens are not; revoking twice is harmless")
    void accessTokenRevocation() {
        String jti = UUID.randomUUID().toString();

        assertThat(revocations.isAccessTokenRevoked(jti)).isFalse();
        revocations.revokeAccessToken(jti, T0.plusSeconds(300));
        revocations.revokeAccessToken(jti, T0.plusSeconds(300));

        assertThat(revocations.isAccessTokenRevoked(jti)).isTrue();
        assertThat(revocations.isAccessTokenRevoked(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    @DisplayName("SSO-041, SSO-070: revoking a grant revokes the access tokens recorded for it, not others")
    void grantRevocationReachesItsAccessTokens() {
        String grantId = UUID.randomUUID().toString();
        String ofGrant = UUID.randomUUID().toString();
        String clientToken = UUID.randomUUID().toString();
        revocations.recordAccessToken(ofGrant, grantId, T0.plusSeconds(300));
        revocations.recordAccessToken(clientToken, null, T0.plusSeconds(300));

        revocations.revokeGrant(grantId);
        revocations.revokeGrant(grantId);

        assertThat(revocations.isGrantRevoked(grantId)).isTrue();
        assertThat(revocations.isAccessTokenRevoked(ofGrant)).isTrue();
        assertThat(revocations.isAccessTokenRevoked(clientToken)).isFalse();
    }

    @Test
    @DisplayName("SSO-051: a client assertion's jti is accepted once per client, and again once its time has passed")
    void assertionJtiIsSingleUse() {
        String jti = UUID.randomUUID().toString();
        Instant past = Instant.now().minusSeconds(60);

        assertThat(assertions.firstUse("client-a", jti, past)).isTrue();
        assertThat(assertions.firstUse("client-b", jti, Instant.now().plusSeconds(300))).isTrue();
        assertThat(assertions.firstUse("client-b", jti, Instant.now().plusSeconds(300))).isFalse();
        assertThat(assertions.firstUse("client-a", jti, Instant.now().plusSeconds(300)))
                .as("an entry whose time passed is forgotten").isTrue();
    }

    @Test
    @DisplayName("Expired codes, tokens and assertions are purged; live ones stay")
    void purgeRemovesOnlyExpiredRows() {
        String old = TokenHashes.hash(UUID.randomUUID().toString());
        String live = TokenHashes.hash(UUID.randomUUID().toString());
        Instant far = Instant.parse("2100-01-01T00:00:00Z");
        codes.save(new AuthorizationCodeRecord(old, grant(), "https://app.example/cb", "c", null, T0, T0.plusSeconds(60),
                null));
        codes.save(new AuthorizationCodeRecord(live, grant(), "https://app.example/cb", "c", null, T0, far, null));

        codes.purgeExpiredBefore(T0.plusSeconds(120));
        refreshTokens.purgeExpiredBefore(T0);
        revocations.purgeExpiredBefore(T0);
        assertions.purgeExpiredBefore(T0);

        assertThat(codes.find(old)).isEmpty();
        assertThat(codes.find(live)).isPresent();
    }

    private static Grant grant() {
        return new Grant(UUID.randomUUID().toString(), "demo-web", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "ses_1",
                Scopes.of("openid", "profile", "offline_access"), T0.minusSeconds(30), AcrValue.NIK);
    }
}
