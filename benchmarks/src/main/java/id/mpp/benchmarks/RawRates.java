package id.mpp.benchmarks;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** The limits the server's figures are compared with, measured in this JVM: what the bare work costs. */
final class RawRates {
    private RawRates() {
    }

    /** RS256 signatures of an access-token-sized JWT with a 2048-bit key (the server's), nimbus-jose-jwt. */
    static Stats rs256(int threads, Duration warmUp, Duration window) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        RSASSASigner signer = new RSASSASigner(key);
        return Load.threads(threads, warmUp, window, () -> {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:8080")
                    .subject("demo-agency").audience("http://localhost:8080/v1").claim("client_id", "demo-agency")
                    .claim("scope", "officer agency.events").claim("agency_id", "33-02-disdukcapil")
                    .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench")
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(signer);
            jwt.serialize();
        });
    }

    /** PBKDF2-HMAC-SHA256 password hashes, 600 000 iterations, 256-bit output (the server's setting). */
    static Stats pbkdf2(int threads, Duration warmUp, Duration window) throws Exception {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        SecureRandom random = new SecureRandom();
        return Load.threads(threads, warmUp, window, () -> {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            PBEKeySpec spec = new PBEKeySpec("Mendoan-Banyumas-2026".toCharArray(), salt, 600_000, 256);
            factory.generateSecret(spec).getEncoded();
        });
    }

    /**
     * Single-row inserts, one autocommitted transaction each, by {@code connections} threads with a connection each:
     * a table about as wide as an application row.
     */
    static Stats inserts(String url, String user, String password, int connections, Duration warmUp,
            Duration window) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_insert");
            statement.execute("CREATE TABLE bench_raw_insert (id VARCHAR(40) PRIMARY KEY, owner VARCHAR(40) NOT NULL,"
                    + " status VARCHAR(20) NOT NULL, form VARCHAR(4000) NOT NULL, created_at TIMESTAMP NOT NULL)");
        }
        String form = "{\"nama_bayi\":\"Arka Pradipta Nugroho\",\"tanggal_lahir\":\"2026-11-02\","
                + "\"tempat_lahir\":\"Purwokerto\",\"jenis_kelamin\":\"LAKI_LAKI\",\"nama_ibu\":\"Dewi Lestari\"}";
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, user, password);
                connection.setAutoCommit(true);
                return connection.prepareStatement("INSERT INTO bench_raw_insert VALUES (?, ?, ?, ?, ?)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Stats stats = Load.threads(connections, warmUp, window, () -> {
            PreparedStatement insert = statements.get();
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "usr_00000000000000000000DEM0C1");
            insert.setString(3, "SUBMITTED");
            insert.setString(4, form);
            insert.setTimestamp(5, java.sql.Timestamp.from(Instant.now()));
            insert.executeUpdate();
        });
        // the threads' connections end with the threads; the table goes
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE bench_raw_insert");
        }
        return stats;
    }

    /**
     * Writing {@code size}-byte files with fsync and hashing them with SHA-256: what an upload costs the server at
     * least (the vault writes each document once, fsynced, and hashes it).
     */
    static Stats writeAndHash(Path folder, int size, int threads, Duration warmUp, Duration window)
            throws Exception {
        Files.createDirectories(folder);
        byte[] content = new byte[size];
        new SecureRandom().nextBytes(content);
        Stats stats = Load.threads(threads, warmUp, window, () -> {
            Path file = folder.resolve(UUID.randomUUID().toString());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (int offset = 0; offset < content.length; offset += 65536) {
                    int length = Math.min(65536, content.length - offset);
                    sha256.update(content, offset, length);
                    ByteBuffer chunk = ByteBuffer.wrap(content, offset, length);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            HexFormat.of().formatHex(sha256.digest());
            Files.delete(file);
        });
        return stats;
    }
}
