package id.mpp.server.http.paging;

import id.mpp.server.config.PageTokenConfiguration;
import id.mpp.server.http.problem.ProblemException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque page tokens (STYLE R-402, GEN-017): a cursor (the sort key of the last item of the page) bound to the
 * filters it was issued for and signed with HMAC-SHA256, so that a token the server did not issue, or one used with
 * other filters, is refused with {@code 400 validation-error} at {@code #/query/page_token}.
 */
@Singleton
public final class PageTokens {

    public static final String POINTER = "#/query/page_token";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    PageTokens(PageTokenConfiguration configuration) {
        String secret = configuration.getSecret();
        byte[] material = secret == null || secret.isBlank() ? randomKey()
                : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(material, ALGORITHM);
    }

    /** A token that resumes after {@code cursor} for the same {@code filters} (a canonical string of them). */
    public String issue(String cursor, String filters) {
        String payload = ENCODER.encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload, filters));
    }

    /**
     * The cursor of {@code token}; empty when there is no token (the first page).
     *
     * @throws ProblemException a validation error when the token is not one this server issued for {@code filters}
     */
    public Optional<String> cursor(String token, String filters) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload, filters))) {
                throw invalid();
            }
            return Optional.of(new String(DECODER.decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    private byte[] sign(String payload, String filters) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((payload + "\n" + filters).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(POINTER, "INVALID_PAGE_TOKEN");
    }

    private static byte[] randomKey() {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        return material;
    }
}
