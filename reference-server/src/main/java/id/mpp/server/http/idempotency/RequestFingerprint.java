package id.mpp.server.http.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for an idempotency key: SHA-256 over the method, the path (with its
 * query, if any) and the body bytes exactly as received. A retry sends the same bytes; a different body, even one
 * that means the same JSON, is another request (the IETF draft leaves the comparison to the server; bytes are the
 * strictest and cheapest choice).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The fingerprint as 64 lower-case hex digits. */
    static String of(String method, String pathAndQuery, byte[] body) {
        return HexFormat.of().formatHex(sha256(method, pathAndQuery, body));
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(String method, String pathAndQuery, byte[] body) {
        MessageDigest digest = digest();
        digest.update(method.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(body == null ? new byte[0] : body);
        return digest.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
