package id.mpp.sdk.webhooks;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 24 to 64 random bytes.
 *
 * <p>MPP Digital answers it once, when a subscription is created or its secret rotated. Its
 * {@link #toString()} never shows the key, so a secret can be logged by mistake without leaking.
 */
public final class WebhookSecret {

    /** The prefix every secret starts with. */
    public static final String PREFIX = "whsec_";

    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;
    private static final int GENERATED_KEY_BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * Parses a secret as MPP Digital issues it ({@code whsec_1xFAH0Bf...=}).
     *
     * @throws IllegalArgumentException when the prefix is missing, the rest is not standard base64 with
     *     padding, or the key is not 24 to 64 bytes long
     */
    public static WebhookSecret parse(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with '" + PREFIX + "'");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A webhook secret is '" + PREFIX + "' followed by standard base64", e);
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("A webhook secret's key has 24 to 64 bytes, not " + key.length);
        }
        return new WebhookSecret(key);
    }

    /** Makes a new secret of 32 random bytes, as an MPP Digital server does (for tests and for servers). */
    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** The secret in its {@code whsec_<base64>} form, for storing it; treat the answer as confidential. */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A copy of the HMAC key: the base64-decoded part after {@code whsec_}. */
    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret && Arrays.equals(key, ((WebhookSecret) other).key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Answers {@code whsec_***}: the key is never shown. */
    @Override
    public String toString() {
        return PREFIX + "***";
    }
}
