package id.mpp.sdk.sso;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The claims of the signed-in account from the UserInfo endpoint, each present only when a granted scope
 * releases it and the account has a value ({@code nik} only under the {@code nik} scope).
 *
 * <p>Immutable. {@link #toString()} shows only the subject, since the claims are personal data.
 */
public final class UserInfo {

    private final JsonNode claims;

    private UserInfo(JsonNode claims) {
        this.claims = claims.deepCopy();
    }

    static UserInfo of(JsonNode claims) {
        return new UserInfo(claims);
    }

    /** The account's subject identifier; equal to the ID token's {@code sub}. */
    public String subject() {
        return claims.path("sub").asText(null);
    }

    /** The full name (scope {@code profile}). */
    public Optional<String> name() {
        return text("name");
    }

    /** The birth date, {@code YYYY-MM-DD} (scope {@code profile}). */
    public Optional<String> birthdate() {
        return text("birthdate");
    }

    /** The preferred language, {@code id} or {@code en} (scope {@code profile}). */
    public Optional<String> locale() {
        return text("locale");
    }

    /** The assurance level reached, such as {@code urn:mpp:acr:nik} (scope {@code profile}). */
    public Optional<String> acr() {
        return text("acr");
    }

    /** The e-mail address (scope {@code email}). */
    public Optional<String> email() {
        return text("email");
    }

    /** Whether the e-mail address was verified (scope {@code email}). */
    public Optional<Boolean> emailVerified() {
        return bool("email_verified");
    }

    /** The mobile number in E.164 (scope {@code phone}). */
    public Optional<String> phoneNumber() {
        return text("phone_number");
    }

    /** Whether the mobile number was verified (scope {@code phone}). */
    public Optional<Boolean> phoneNumberVerified() {
        return bool("phone_number_verified");
    }

    /** The citizen's NIK, released only under the {@code nik} scope with the citizen's consent. */
    public Optional<String> nik() {
        return text("nik");
    }

    /** Any claim as text, including claims this SDK version does not know. */
    public Optional<String> text(String claim) {
        JsonNode value = claims.get(claim);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    private Optional<Boolean> bool(String claim) {
        JsonNode value = claims.get(claim);
        return value != null && value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "UserInfo[sub=" + subject() + "]";
    }
}
