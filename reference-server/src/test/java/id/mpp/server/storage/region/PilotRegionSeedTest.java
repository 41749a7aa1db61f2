package id.mpp.server.storage.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.region.Region;
import id.mpp.server.domain.region.RegionCatalogue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Flyway seed of the pilot regions says what the domain's bundled catalogue says (the same codes, kinds,
 * names, provinces and decree edition), so the two copies of the launch list cannot drift apart.
 */
@MicronautTest(startApplication = false)
class PilotRegionSeedTest {

    @Inject
    RegionRepository regions;

    @Test
    @DisplayName("CAT-002, CAT-003: every seeded region equals the domain catalogue's, edition included")
    void seedEqualsDomainCatalogue() {
        RegionCatalogue catalogue = RegionCatalogue.pilotRegions();
        List<RegionRow> seeded = regions.findPage("", null, null, 100);

        assertThat(seeded).extracting(RegionRow::code)
                .containsExactlyInAnyOrderElementsOf(catalogue.regions().stream().map(Region::code).toList());
        for (RegionRow row : seeded) {
            Region region = catalogue.find(row.code()).orElseThrow();
            assertThat(row.kind()).isEqualTo(region.kind().name());
            assertThat(row.name()).isEqualTo(region.displayName());
            assertThat(row.provinceCode()).isEqualTo(region.provinceCode());
            assertThat(row.provinceName()).isEqualTo(region.provinceName());
            assertThat(row.codeEdition()).isEqualTo(catalogue.edition());
        }
    }
}
