package id.mpp.server.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

    @Test
    @DisplayName("a code with KK of 71 or more is a kota and below 71 a kabupaten")
    void theKindFollowsTheCode() {
        assertThat(Region.kindOf("33.71")).isEqualTo(RegionKind.KOTA);
        assertThat(Region.kindOf("33.70")).isEqualTo(RegionKind.KABUPATEN);
        assertThat(Region.kindOf("33.02")).isEqualTo(RegionKind.KABUPATEN);
        assertThat(Region.kindOf("13.75")).isEqualTo(RegionKind.KOTA);
    }

    @Test
    @DisplayName("a region whose stated kind disagrees with its code is refused")
    void aWrongKindIsRefused() {
        assertThatThrownBy(() -> new Region("33.71", RegionKind.KABUPATEN, "Magelang", "33", "Jawa Tengah"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KOTA");
        assertThatThrownBy(() -> new Region("33.02", RegionKind.KOTA, "Banyumas", "33", "Jawa Tengah"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"3302", "33.2", "33.002", "3.302", "AB.02", "33-02", "00.02", "33.00"})
    @DisplayName("a code that is not PP.KK with numbers from 01 is refused")
    void aMalformedCodeIsRefused(String code) {
        assertThatThrownBy(() -> new Region(code, RegionKind.KABUPATEN, "X", "33", "Jawa Tengah"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a region must lie in the province its code names")
    void theProvinceMustMatchTheCode() {
        assertThatThrownBy(() -> new Region("33.02", RegionKind.KABUPATEN, "Banyumas", "35", "Jawa Timur"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the display name puts the kind before the name")
    void theDisplayNameHasTheKind() {
        assertThat(new Region("33.02", RegionKind.KABUPATEN, "Banyumas", "33", "Jawa Tengah").displayName())
                .isEqualTo("Kabupaten Banyumas");
        assertThat(new Region("34.71", RegionKind.KOTA, "Yogyakarta", "34", "DI Yogyakarta").displayName())
                .isEqualTo("Kota Yogyakarta");
    }
}
