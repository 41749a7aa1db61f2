package id.mpp.sdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC of the Standard Webhooks scheme, shared by the signer and the verifier. */
final class WebhookSignatures {

    static final String VERSION_PREFIX = "v1,";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignatures() {
    }

    /** HMAC-SHA256({@code key}, {@code id + "." + timestamp + "." + body}), over the body's exact bytes. */
    static byte[] hmac(WebhookSecret secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
