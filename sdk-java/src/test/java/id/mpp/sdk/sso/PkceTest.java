package id.mpp.sdk.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theChallengeOfTheRfc7636AppendixBVerifierIsTheOneTheRfcGives() {
        Pkce pkce = Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pkce.method()).isEqualTo("S256");
    }

    @Test
    void aGeneratedVerifierHas43UnreservedCharactersAndMatchesItsChallenge() {
        Pkce pkce = Pkce.generate(new SecureRandom());

        assertThat(pkce.verifier()).matches("[A-Za-z0-9_-]{43}");
        assertThat(pkce.challenge()).isEqualTo(Pkce.challengeOf(pkce.verifier()));
    }

    @Test
    void twoGeneratedVerifiersDiffer() {
        SecureRandom random = new SecureRandom();

        assertThat(Pkce.generate(random).verifier()).isNotEqualTo(Pkce.generate(random).verifier());
    }

    @Test
    void aVerifierShorterThan43CharactersIsRefused() {
        assertThatThrownBy(() -> Pkce.fromVerifier("too-short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVerifierWithCharactersOutsideTheUnreservedSetIsRefused() {
        assertThatThrownBy(() -> Pkce.fromVerifier("dBjftJeZ4CVP+mB92K27uhbUJU1p1r/wW1gFWFOEjXk="))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringDoesNotRevealTheVerifier() {
        Pkce pkce = Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.toString()).doesNotContain(pkce.verifier());
    }
}
