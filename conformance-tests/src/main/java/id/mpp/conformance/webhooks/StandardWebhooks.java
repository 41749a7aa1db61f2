package id.mpp.conformance.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks 1.0.0 signature scheme, written out in the suite (it depends on no SDK): the HMAC-SHA256,
 * keyed with the base64-decoded secret after its {@code whsec_} prefix, over {@code webhook-id "." webhook-timestamp
 * "." body}, base64 with the standard alphabet and padding, sent as {@code v1,<signature>} entries separated by spaces.
 */
public final class StandardWebhooks {

    /** The prefix of a signing secret. */
    public static final String SECRET_PREFIX = "whsec_";

    private StandardWebhooks() {
    }

    /** The key bytes of a secret; a secret that is not {@code whsec_} and base64 fails the test. */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new AssertionError("a signing secret starts with whsec_, not: " + secret);
        }
        try {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("a signing secret is whsec_ and standard base64: " + e.getMessage(), e);
        }
    }

    /** The base64 signature of a delivery with this secret. */
    public static String sign(String secret, String webhookId, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The entries of a {@code webhook-signature} header, in order (each {@code v1,<signature>} or another version). */
    public static List<String> entries(String header) {
        List<String> entries = new ArrayList<>();
        if (header != null) {
            for (String entry : header.trim().split(" +")) {
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** The {@code v1} entry this secret gives for the received request. */
    public static String expectedEntry(String secret, ReceivedRequest request) {
        return "v1," + sign(secret, request.header("webhook-id"), request.header("webhook-timestamp"), request.body());
    }

    /** Whether one {@code v1} entry of the request's {@code webhook-signature} was made with this secret. */
    public static boolean verifies(String secret, ReceivedRequest request) {
        return entries(request.header("webhook-signature")).contains(expectedEntry(secret, request));
    }
}
