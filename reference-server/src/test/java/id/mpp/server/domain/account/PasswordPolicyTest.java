package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final String NIK = "3302016708950003";
    private static final String EMAIL = "siti.rahmawati@contoh.id";
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    @DisplayName("ACC-006 a password of 10 to 128 characters, free of the NIK, the e-mail and the list, is accepted")
    void anOrdinaryPasswordIsAccepted() {
        assertThat(policy.check("#/password", "Kopi-Tubruk-Purwokerto-1995", NIK, EMAIL)).isEmpty();
        assertThat(policy.check("#/password", "a".repeat(10), NIK, EMAIL)).isEmpty();
        assertThat(policy.check("#/password", "a".repeat(128), NIK, EMAIL)).isEmpty();
    }

    @Test
    @DisplayName("ACC-006 a password of 9 characters is TOO_SHORT and of 129 is TOO_LONG")
    void theLengthBoundsAreTheContracts() {
        assertThat(policy.check("#/password", "a".repeat(9), NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("TOO_SHORT");
        assertThat(policy.check("#/password", "a".repeat(129), NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("TOO_LONG");
    }

    @Test
    @DisplayName("ACC-006 the length counts characters, not UTF-16 units: ten emoji are ten characters")
    void theLengthCountsCodePoints() {
        String tenEmoji = "\uD83D\uDE00".repeat(10);
        assertThat(policy.check("#/password", tenEmoji, NIK, EMAIL)).isEmpty();
        assertThat(policy.check("#/password", "\uD83D\uDE00".repeat(9), NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("TOO_SHORT");
    }

    @Test
    @DisplayName("ACC-006 a password equal to or containing the NIK is CONTAINS_NIK")
    void theNikIsRefused() {
        assertThat(policy.check("#/password", NIK, NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("CONTAINS_NIK");
        assertThat(policy.check("#/password", "x" + NIK + "y", NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("CONTAINS_NIK");
    }

    @Test
    @DisplayName("ACC-006 a password containing the e-mail address in any case is CONTAINS_EMAIL")
    void theEmailIsRefused() {
        assertThat(policy.check("#/password", EMAIL, NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("CONTAINS_EMAIL");
        assertThat(policy.check("#/password", "!" + EMAIL.toUpperCase(), NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("CONTAINS_EMAIL");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"password123", "12345678910", "qwertyuiop", "QwertyUiop", "1234567890"})
    @DisplayName("a password from the list of common breached passwords is BREACHED, whatever its case")
    void commonPasswordsAreRefused(String password) {
        assertThat(policy.check("#/password", password, NIK, EMAIL)).extracting(FieldError::code)
                .containsExactly("BREACHED");
    }

    @Test
    @DisplayName("a deployment's own list replaces the built-in one")
    void aListCanBeGiven() {
        PasswordPolicy custom = new PasswordPolicy(Set.of("Mendoan-Anget"));
        assertThat(custom.check("#/password", "mendoan-anget", null, null)).extracting(FieldError::code)
                .containsExactly("BREACHED");
        assertThat(custom.check("#/password", "qwertyuiop", null, null)).isEmpty();
    }

    @Test
    @DisplayName("ACC-006 the pointer is the caller's, so a password change reports #/new_password")
    void thePointerIsTheCallers() {
        assertThat(policy.check("#/new_password", "short", NIK, EMAIL)).extracting(FieldError::pointer)
                .containsExactly("#/new_password");
        assertThat(PasswordPolicy.sameAsCurrent("#/new_password").code()).isEqualTo("SAME_AS_CURRENT");
    }

    @Test
    @DisplayName("a missing password is REQUIRED, and every message exists in both languages")
    void aMissingPasswordIsRequired() {
        assertThat(policy.check("#/password", null, NIK, EMAIL)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("REQUIRED");
            assertThat(e.message("id")).isEqualTo("Kata sandi wajib diisi.");
            assertThat(e.message("en")).isEqualTo("A password is required.");
        });
    }

    @Test
    @DisplayName("every built-in common password is long enough that only the list refuses it")
    void theBuiltInListIsOfLongPasswords() {
        assertThat(CommonPasswords.defaults()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(10)
                .isLowerCase());
    }
}
