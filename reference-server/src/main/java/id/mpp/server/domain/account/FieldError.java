package id.mpp.server.domain.account;

import java.util.Objects;

/**
 * One input that broke a rule, in the shape of the contract's {@code FieldError}: a JSON pointer into the
 * request body ({@code #/nik}, {@code #/privacy_consent/purposes}), a stable code, and the message in both
 * languages of the contract, for the HTTP layer to pick by {@code Accept-Language}.
 *
 * @param pointer where the input is, as the contract writes it ({@code #/} followed by the JSON pointer)
 * @param code a stable machine-readable reason ({@code REQUIRED}, {@code INVALID_FORMAT}, {@code TOO_SHORT}, ...)
 * @param messageId the reason in Bahasa Indonesia
 * @param messageEn the reason in English
 */
public record FieldError(String pointer, String code, String messageId, String messageEn) {

    public FieldError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
        if (!pointer.startsWith("#/")) {
            throw new IllegalArgumentException("A pointer starts with #/: " + pointer);
        }
    }

    /** The message in {@code language} ({@code en} for English, Bahasa Indonesia otherwise, the default). */
    public String message(String language) {
        return "en".equalsIgnoreCase(language) ? messageEn : messageId;
    }
}
