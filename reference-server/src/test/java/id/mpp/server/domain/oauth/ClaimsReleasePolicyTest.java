package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimsReleasePolicyTest {
  private final ClaimsReleasePolicy policy = new ClaimsReleasePolicy();
  private final AccountClaims siti = new AccountClaims("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "Siti Rahmawati",
      "1995-08-27", "id", AcrValue.NIK, "siti.rahmawati@contoh.id", true, "+6281327654321", false,
      "3302016708950003");

  @Test
  @DisplayName("SSO-061: openid alone releases sub only")
  void openidReleasesSubOnly() {
    assertThat(policy.release(siti, Scopes.parse("openid"))).containsOnlyKeys("sub");
  }

  @Test
  @DisplayName("SSO-061: profile releases name, birthdate, locale and acr")
  void profileClaims() {
    Map<String, Object> claims = policy.release(siti, Scopes.parse("openid profile"));
    assertThat(claims).containsOnlyKeys("sub", "name", "birthdate", "locale", "acr");
    assertThat(claims.get("acr")).isEqualTo("urn:mpp:acr:nik");
  }

  @Test
  @DisplayName("SSO-061: email and phone release their claims with the verified flags")
  void emailAndPhoneClaims() {
    assertThat(policy.release(siti, Scopes.parse("openid email phone")))
        .containsOnlyKeys("sub", "email", "email_verified", "phone_number", "phone_number_verified")
        .containsEntry("email_verified", true).containsEntry("phone_number_verified", false);
  }

  @Test
  @DisplayName("SSO-062: the NIK is released only under the nik scope")
  void nikOnlyUnderNik() {
    assertThat(policy.release(siti, Scopes.parse("openid profile email phone"))).doesNotContainKey("nik");
    assertThat(policy.release(siti, Scopes.parse("openid nik"))).containsEntry("nik", "3302016708950003");
  }

  @Test
  @DisplayName("SSO-061: a claim the account lacks is absent, never null")
  void missingClaimsAreAbsent() {
    AccountClaims sparse = new AccountClaims("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", null, null, null, AcrValue.BASIC,
        null, null, null, null, null);
    assertThat(policy.release(sparse, Scopes.parse("openid profile email phone nik")))
        .containsOnlyKeys("sub", "acr").doesNotContainValue(null);
  }
}
