package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssuranceLevelTest {

    @Test
    @DisplayName("the levels carry the contract's acr URNs and are read back from them")
    void theLevelsAreTheContractsUrns() {
        assertThat(AssuranceLevel.BASIC.uri()).isEqualTo("urn:mpp:acr:basic");
        assertThat(AssuranceLevel.EMAIL.uri()).isEqualTo("urn:mpp:acr:email");
        assertThat(AssuranceLevel.NIK.uri()).isEqualTo("urn:mpp:acr:nik");
        assertThat(AssuranceLevel.fromUri("urn:mpp:acr:email")).contains(AssuranceLevel.EMAIL);
        assertThat(AssuranceLevel.fromUri("urn:mpp:acr:gold")).isEmpty();
        assertThat(AssuranceLevel.fromUri(null)).isEmpty();
    }

    @Test
    @DisplayName("the levels are ordered basic < email < nik, each satisfying the ones below")
    void theLevelsAreOrdered() {
        assertThat(AssuranceLevel.NIK.isAtLeast(AssuranceLevel.EMAIL)).isTrue();
        assertThat(AssuranceLevel.EMAIL.isAtLeast(AssuranceLevel.EMAIL)).isTrue();
        assertThat(AssuranceLevel.EMAIL.isAtLeast(AssuranceLevel.NIK)).isFalse();
        assertThat(AssuranceLevel.BASIC.isAtLeast(AssuranceLevel.EMAIL)).isFalse();
    }

    @Test
    @DisplayName("ACC-040 the levels are cumulative: a verified NIK without a verified e-mail stays basic")
    void theLevelsAreCumulative() {
        assertThat(AssuranceLevel.reachedWith(false, false)).isEqualTo(AssuranceLevel.BASIC);
        assertThat(AssuranceLevel.reachedWith(false, true)).isEqualTo(AssuranceLevel.BASIC);
        assertThat(AssuranceLevel.reachedWith(true, false)).isEqualTo(AssuranceLevel.EMAIL);
        assertThat(AssuranceLevel.reachedWith(true, true)).isEqualTo(AssuranceLevel.NIK);
    }
}
