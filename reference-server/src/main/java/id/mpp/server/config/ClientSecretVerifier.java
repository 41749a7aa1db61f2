package id.mpp.server.config;

import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.identity.ClientAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Checks a client secret against its configured hash. Two formats:
 * <ul>
 *   <li>{@code sha256$<base64url of SHA-256 of the secret>}, the recommended one. Client secrets are generated
 *       random values of at least 256 bits, not passwords a person chose, so a guess is hopeless whatever the hash
 *       costs; a plain SHA-256 keeps a leaked configuration from handing out the secret while costing microseconds
 *       per token request (PBKDF2 at 600,000 iterations would cost up to half a core-second for every
 *       {@code client_credentials} call of an agency back-end).</li>
 *   <li>{@code pbkdf2-sha256$...}, the account passwords' format ({@link PasswordHasher}), for a deployment that
 *       prefers it for secrets that might be weak.</li>
 * </ul>
 * Comparisons take constant time; anything else never matches.
 */
public final class ClientSecretVerifier implements ClientAuthenticator.SecretVerifier {
    static final String SHA256_PREFIX = "sha256$";

    private final PasswordHasher pbkdf2;

    public ClientSecretVerifier(PasswordHasher pbkdf2) {
        this.pbkdf2 = pbkdf2;
    }

    /** The {@code sha256$...} hash of {@code secret}, as configured in {@code mpp.clients.<id>.secret-hash}. */
    public static String sha256Hash(String secret) {
        return SHA256_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest(secret));
    }

    @Override
    public boolean matches(String secret, String secretHash) {
        if (secret == null || secretHash == null) {
            return false;
        }
        if (secretHash.startsWith(SHA256_PREFIX)) {
            byte[] expected;
            try {
                expected = Base64.getUrlDecoder().decode(secretHash.substring(SHA256_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(digest(secret), expected);
        }
        if (secretHash.startsWith("pbkdf2-sha256$")) {
            return pbkdf2.verify(secret, secretHash);
        }
        return false;
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
