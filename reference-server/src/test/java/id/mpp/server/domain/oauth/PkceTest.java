package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PkceTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  @Test
  @DisplayName("SSO-033: the S256 challenge of the RFC 7636 Appendix B verifier is the published one")
  void computesTheRfcExample() {
    assertThat(Pkce.challengeOf(VERIFIER)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  @DisplayName("SSO-033: the right verifier passes")
  void theRightVerifierPasses() {
    assertThat(Pkce.verify(VERIFIER, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isTrue();
  }

  @Test
  @DisplayName("SSO-033: a wrong verifier fails")
  void aWrongVerifierFails() {
    assertThat(Pkce.verify(VERIFIER.replace('d', 'e'), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isFalse();
  }

  @Test
  @DisplayName("SSO-010: the plain method (verifier sent as the challenge) never verifies")
  void plainNeverVerifies() {
    String plainChallenge = VERIFIER;
    assertThat(Pkce.verify(VERIFIER, plainChallenge)).isFalse();
  }

  @Test
  @DisplayName("SSO-033: verifiers shorter than 43, longer than 128 or with reserved characters are malformed")
  void verifierShapeIsChecked() {
    assertThat(Pkce.isWellFormedVerifier("a".repeat(42))).isFalse();
    assertThat(Pkce.isWellFormedVerifier("a".repeat(43))).isTrue();
    assertThat(Pkce.isWellFormedVerifier("a".repeat(128))).isTrue();
    assertThat(Pkce.isWellFormedVerifier("a".repeat(129))).isFalse();
    assertThat(Pkce.isWellFormedVerifier("a".repeat(42) + "+")).isFalse();
    assertThat(Pkce.isWellFormedVerifier(null)).isFalse();
    String tooShort = "a".repeat(42);
    assertThat(Pkce.verify(tooShort, Pkce.challengeOf(tooShort))).isFalse();
  }

  @Test
  @DisplayName("SSO-010: a challenge is exactly 43 base64url characters")
  void challengeShapeIsChecked() {
    assertThat(Pkce.isWellFormedChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isTrue();
    assertThat(Pkce.isWellFormedChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-c")).isFalse();
    assertThat(Pkce.isWellFormedChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM")).isFalse();
    assertThat(Pkce.isWellFormedChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=")).isFalse();
  }
}
