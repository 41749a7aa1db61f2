package id.mpp.server.domain.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a 16-byte random salt, in a self-describing format so that the
 * cost can be raised later: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in Base64 without
 * padding. A stored hash is verified with the iterations written in it, in constant time, and
 * {@link #needsRehash(String)} says when it should be replaced at the next successful sign-in.
 *
 * <p>600,000 iterations is the OWASP Password Storage Cheat Sheet's figure for PBKDF2-HMAC-SHA256 (2023). That
 * costs 0.2 to 0.5 s of a core per password: call this off the event loop, with bounded concurrency.
 * Passwords are NFC-normalised first (NIST SP 800-63B §5.1.1.2), so the same typed password always matches.
 */
public final class PasswordHasher {
    /** The default iteration count. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random;

    /** A hasher with {@link #DEFAULT_ITERATIONS}. */
    public PasswordHasher(SecureRandom random) {
        this(DEFAULT_ITERATIONS, random);
    }

    /** A hasher with the given iterations for new hashes (tests use a low count). */
    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The hash of {@code password} with a fresh salt, in the encoded format. */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        return SCHEME + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code encoded}. A malformed or foreign encoding never matches; the
     * comparison of the hashes takes the same time wherever they differ.
     */
    public boolean verify(String password, String encoded) {
        Objects.requireNonNull(password, "password");
        Encoded parsed = Encoded.parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return MessageDigest.isEqual(candidate, parsed.hash);
    }

    /** Whether {@code encoded} is a hash this hasher would make: the same scheme and exactly its iterations. */
    public boolean sameCost(String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        return parsed != null && parsed.iterations == iterations && parsed.hash.length == HASH_BYTES;
    }

    /** Whether {@code encoded} was made with other parameters than this hasher's (or cannot be read). */
    public boolean needsRehash(String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        return parsed == null
                || parsed.iterations < iterations
                || parsed.salt.length < SALT_BYTES
                || parsed.hash.length != HASH_BYTES;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int length) {
        char[] chars = Normalizer.normalize(password, Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static final class Encoded {
        private static final int MAX_ITERATIONS = 100_000_000;

        final int iterations;
        final byte[] salt;
        final byte[] hash;

        private Encoded(int iterations, byte[] salt, byte[] hash) {
            this.iterations = iterations;
            this.salt = salt;
            this.hash = hash;
        }

        static Encoded parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = DECODER.decode(parts[2]);
                byte[] hash = DECODER.decode(parts[3]);
                if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || hash.length == 0) {
                    return null;
                }
                return new Encoded(iterations, salt, hash);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
