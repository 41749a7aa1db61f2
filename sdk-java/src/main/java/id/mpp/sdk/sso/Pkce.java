package id.mpp.sdk.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PKCE pair (RFC 7636): a secret {@code code_verifier} kept by the client and its {@code S256}
 * {@code code_challenge} sent in the authorization request.
 *
 * <p>The provider accepts {@code S256} only. Immutable; {@link #toString()} never shows the verifier.
 */
public final class Pkce {

    /** The only challenge method the SDK uses and the provider accepts. */
    public static final String METHOD = "S256";

    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final String verifier;
    private final String challenge;

    private Pkce(String verifier) {
        this.verifier = verifier;
        this.challenge = challengeOf(verifier);
    }

    /** Makes a pair from 32 bytes of a new {@link SecureRandom}: a 43-character verifier with 256 bits of entropy. */
    public static Pkce generate() {
        return generate(new SecureRandom());
    }

    /** Makes a pair from 32 bytes of {@code random}. */
    public static Pkce generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        Objects.requireNonNull(random, "random").nextBytes(bytes);
        return new Pkce(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * Makes the pair of a given verifier, for example one kept across a redirect.
     *
     * @throws IllegalArgumentException unless the verifier has 43 to 128 unreserved characters (RFC 7636 §4.1)
     */
    public static Pkce fromVerifier(String verifier) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            throw new IllegalArgumentException("A code verifier has 43 to 128 characters of [A-Za-z0-9._~-]");
        }
        return new Pkce(verifier);
    }

    /** The {@code S256} challenge of a verifier: {@code BASE64URL(SHA-256(ASCII(verifier)))}. */
    public static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
        }
    }

    /** The {@code code_verifier}, sent only to the token endpoint. */
    public String verifier() {
        return verifier;
    }

    /** The {@code code_challenge}, sent in the authorization request. */
    public String challenge() {
        return challenge;
    }

    /** The {@code code_challenge_method}, {@code S256}. */
    public String method() {
        return METHOD;
    }

    @Override
    public String toString() {
        return "Pkce[S256, challenge=" + challenge + "]";
    }
}
