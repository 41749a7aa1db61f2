package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUriMatcherTest {
  private final RedirectUriMatcher matcher = new RedirectUriMatcher();
  private final List<String> web = List.of("https://layanan.banyumaskab.go.id/auth/callback");
  private final List<String> loopback = List.of("http://127.0.0.1/callback", "http://[::1]:8400/callback");

  @Test
  @DisplayName("SSO-011: a redirect_uri equal to a registered one matches")
  void anExactlyEqualUriMatches() {
    assertThat(matcher.match("https://layanan.banyumaskab.go.id/auth/callback", web))
        .contains("https://layanan.banyumaskab.go.id/auth/callback");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://layanan.banyumaskab.go.id/auth/callback/",
      "https://layanan.banyumaskab.go.id/auth/Callback",
      "https://LAYANAN.banyumaskab.go.id/auth/callback",
      "https://layanan.banyumaskab.go.id/auth/callback?x=1",
      "https://layanan.banyumaskab.go.id/auth/callback#f",
      "https://layanan.banyumaskab.go.id:8443/auth/callback",
      "https://layanan.banyumaskab.go.id:443/auth/callback",
      "http://layanan.banyumaskab.go.id/auth/callback",
      "https://layanan.banyumaskab.go.id.evil.example/auth/callback",
      ""})
  @DisplayName("SSO-011: a redirect_uri differing in any character, port included, does not match")
  void anyDifferenceIsRefused(String requested) {
    assertThat(matcher.match(requested, web)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:51234/callback", "http://127.0.0.1/callback",
      "http://127.0.0.1:1/callback", "http://[::1]:60000/callback", "http://[::1]/callback"})
  @DisplayName("SSO-012: a loopback redirect_uri may differ from the registered one in the port only")
  void loopbackMayChangeThePort(String requested) {
    assertThat(matcher.match(requested, loopback)).contains(requested);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:51234/callbacks", "http://127.0.0.1:51234/other",
      "http://127.0.0.1:51234/callback?x=1", "https://127.0.0.1:51234/callback", "http://127.0.0.2:51234/callback",
      "http://127.0.0.1:99999/callback", "http://127.0.0.1:0/callback", "http://127.0.0.1:abc/callback",
      "http://127.0.0.1.evil.example/callback", "http://127.0.0.1@evil.example/callback",
      "http://[::1]:8400/Callback", "http://127.0.0.1:8400/callback/"})
  @DisplayName("SSO-012: a loopback redirect_uri differing in path, query, scheme or host is refused")
  void loopbackMayNotChangeAnythingElse(String requested) {
    assertThat(matcher.match(requested, loopback)).isEmpty();
  }

  @Test
  @DisplayName("SSO-012: localhost is not a loopback literal, so its port may not vary")
  void localhostIsMatchedExactly() {
    List<String> registered = List.of("http://localhost:8080/callback");
    assertThat(matcher.match("http://localhost:8080/callback", registered)).isPresent();
    assertThat(matcher.match("http://localhost:9090/callback", registered)).isEmpty();
  }

  @Test
  @DisplayName("SSO-011: a missing redirect_uri matches nothing")
  void aMissingUriMatchesNothing() {
    assertThat(matcher.match(null, web)).isEmpty();
  }
}
