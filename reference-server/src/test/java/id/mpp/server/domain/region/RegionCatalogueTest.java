package id.mpp.server.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegionCatalogueTest {
    private static final String HEADER = "code,kind,name,province_code,province\n";

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the bundled catalogue holds the 21 pilot regions, 10 kabupaten and 11 kota, with the 2025 edition")
    void theBundledCatalogueHoldsThePilotRegions() {
        RegionCatalogue catalogue = RegionCatalogue.pilotRegions();
        assertThat(catalogue.size()).isEqualTo(21);
        assertThat(catalogue.regions()).filteredOn(r -> r.kind() == RegionKind.KABUPATEN).hasSize(10);
        assertThat(catalogue.regions()).filteredOn(r -> r.kind() == RegionKind.KOTA).hasSize(11);
        assertThat(catalogue.edition()).isEqualTo("Kepmendagri No. 300.2.2-2138 Tahun 2025");
    }

    @Test
    @DisplayName("a region is found by its code, and an unknown code finds nothing")
    void aRegionIsFoundByCode() {
        RegionCatalogue catalogue = RegionCatalogue.pilotRegions();
        assertThat(catalogue.find("33.02")).contains(
                new Region("33.02", RegionKind.KABUPATEN, "Banyumas", "33", "Jawa Tengah"));
        assertThat(catalogue.find("62.01").orElseThrow().name()).isEqualTo("Kotawaringin Barat");
        assertThat(catalogue.find("21.72").orElseThrow().displayName()).isEqualTo("Kota Tanjung Pinang");
        assertThat(catalogue.contains("33.98")).isFalse();
        assertThat(catalogue.find("3302")).isEmpty();
    }

    @Test
    @DisplayName("the regions keep the order of the data")
    void theOrderIsKept() {
        assertThat(RegionCatalogue.pilotRegions().regions().get(0).code()).isEqualTo("33.02");
        assertThat(RegionCatalogue.pilotRegions().regions().get(20).code()).isEqualTo("34.71");
    }

    @Test
    @DisplayName("a file without comments, such as the kit's own, loads with the edition given")
    void aFileWithoutCommentsTakesTheGivenEdition() {
        RegionCatalogue catalogue = RegionCatalogue.load(csv(HEADER + "33.71,KOTA,Magelang,33,Jawa Tengah\n"),
                "Kepmendagri 2025");
        assertThat(catalogue.edition()).isEqualTo("Kepmendagri 2025");
        assertThat(catalogue.contains("33.71")).isTrue();
    }

    @Test
    @DisplayName("data that names no edition, or another one than given, is refused")
    void theEditionIsRequired() {
        assertThatThrownBy(() -> RegionCatalogue.load(csv(HEADER + "33.71,KOTA,Magelang,33,Jawa Tengah\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edition");
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: A\n" + HEADER), "B"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edition");
    }

    @Test
    @DisplayName("quoted fields, a byte-order mark and blank lines are read")
    void csvDetailsAreRead() {
        RegionCatalogue catalogue = RegionCatalogue.load(csv("\uFEFF# edition: E\n\n" + HEADER
                + "\"34.71\",KOTA,\"Yogya, \"\"Kota\"\"\",34,DI Yogyakarta\n"));
        assertThat(catalogue.find("34.71").orElseThrow().name()).isEqualTo("Yogya, \"Kota\"");
    }

    @Test
    @DisplayName("a row whose kind disagrees with its code is refused with its line number")
    void aWrongKindIsRefusedWithTheLine() {
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: E\n" + HEADER
                + "33.71,KABUPATEN,Magelang,33,Jawa Tengah\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 3:");
    }

    @Test
    @DisplayName("a missing header, a short row, an unknown kind or a repeated code is refused")
    void malformedDataIsRefused() {
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: E\n33.71,KOTA,Magelang,33,Jawa Tengah\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: E\n" + HEADER + "33.71,KOTA,Magelang\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: E\n" + HEADER
                + "33.71,CITY,Magelang,33,Jawa Tengah\n"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCatalogue.load(csv("# edition: E\n" + HEADER
                + "33.71,KOTA,Magelang,33,Jawa Tengah\n33.71,KOTA,Magelang,33,Jawa Tengah\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    @DisplayName("the catalogue answers the NIK validator's question: is this region code known")
    void theCatalogueServesAsTheKnownRegionPredicate() {
        java.util.function.Predicate<String> known = RegionCatalogue.pilotRegions()::contains;
        assertThat(known.test("33.02")).isTrue();
        assertThat(known.test("31.71")).isFalse();
    }
}
