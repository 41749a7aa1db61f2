package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthorizationResponseUriTest {
  private final AuthorizationResponseUri responses = new AuthorizationResponseUri("https://mpp.banyumaskab.go.id");

  @Test
  @DisplayName("SSO-013: a success carries code, state exactly as sent and iss")
  void successCarriesCodeStateAndIss() {
    assertThat(responses.success("https://app.example/cb", "abc", "x y&z"))
        .isEqualTo("https://app.example/cb?code=abc&state=x%20y%26z&iss=https%3A%2F%2Fmpp.banyumaskab.go.id");
  }

  @Test
  @DisplayName("SSO-013: without state the redirect carries none")
  void noStateNoStateParameter() {
    assertThat(responses.success("https://app.example/cb", "abc", null)).doesNotContain("state=");
  }

  @Test
  @DisplayName("SSO-013: an error carries error, error_description, state and iss, after the URI's own query")
  void errorCarriesErrorStateAndIss() {
    assertThat(responses.error("https://app.example/cb?tenant=1", OAuthErrorCode.LOGIN_REQUIRED, "No sign-in.", "s"))
        .isEqualTo("https://app.example/cb?tenant=1&error=login_required&error_description=No%20sign-in."
            + "&state=s&iss=https%3A%2F%2Fmpp.banyumaskab.go.id");
  }
}
