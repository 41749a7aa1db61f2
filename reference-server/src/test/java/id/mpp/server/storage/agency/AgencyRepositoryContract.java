package id.mpp.server.storage.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the agency repository must do on every database the server supports: migration V6 creates and seeds the
 * table, and the keyset queries answer the same on H2 and PostgreSQL. Each subclass names a database.
 */
abstract class AgencyRepositoryContract {

    @Inject
    AgencyRepository agencies;

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("The seed holds nine agencies in three pilot regions, ordered by region, Indonesian name and ID")
    void seedHoldsTheDemoAgencies() {
        List<AgencyRow> all = agencies.findPageByIndonesianName(null, null, "", "", "", 100);

        assertThat(all).extracting(AgencyRow::id).containsExactly(
                "33-02-bpjs-kesehatan", "33-02-disdukcapil", "33-02-dinkes", "33-02-dpmptsp",
                "33-02-polresta-banyumas", "33-72-disdukcapil", "34-71-disdukcapil", "34-71-dpmptsp",
                "34-71-kantor-imigrasi");
        assertThat(all).extracting(AgencyRow::id).allMatch(id -> id.matches("^[a-z0-9][a-z0-9-]{1,63}$"));
        assertThat(all).allMatch(AgencyRow::active);
    }

    @Test
    @DisplayName("The agencies of the demo officers and of the demo agency client are seeded")
    void demoAgenciesExist() {
        assertThat(agencies.findById("33-02-disdukcapil")).hasValueSatisfying(agency -> {
            assertThat(agency.regionCode()).isEqualTo("33.02");
            assertThat(agency.kind()).isEqualTo("REGIONAL");
            assertThat(agency.nameId()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas");
            assertThat(agency.nameEn()).isEqualTo("Population and Civil Registration Office of Banyumas Regency");
            assertThat(agency.addressPostalCode()).isEqualTo("53115");
            assertThat(agency.contactPhone()).isEqualTo("+62281636511");
            assertThat(agency.parentOrganization()).isNull();
        });
        assertThat(agencies.findById("33-02-dpmptsp")).isPresent();
        assertThat(agencies.findById("99-99-unknown")).isEmpty();
    }

    @Test
    @DisplayName("A page starts after the cursor (region, name, ID) and holds at most the limit")
    void pagesAreKeysetPages() {
        List<AgencyRow> page = agencies.findPageByIndonesianName(null, null, "33.02",
                "Dinas Kesehatan Kabupaten Banyumas", "33-02-dinkes", 3);

        assertThat(page).extracting(AgencyRow::id)
                .containsExactly("33-02-dpmptsp", "33-02-polresta-banyumas", "33-72-disdukcapil");
    }

    @Test
    @DisplayName("Following the English-name pages yields every agency exactly once")
    void englishPagesYieldEveryAgencyOnce() {
        List<String> ids = new ArrayList<>();
        String region = "";
        String name = "";
        String id = "";
        List<AgencyRow> page;
        do {
            page = agencies.findPageByEnglishName(null, null, region, name, id, 2);
            page.forEach(row -> ids.add(row.id()));
            if (!page.isEmpty()) {
                AgencyRow last = page.get(page.size() - 1);
                region = last.regionCode();
                name = last.nameEn();
                id = last.id();
            }
        } while (page.size() == 2);

        assertThat(ids).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("The region and kind filters combine, each ignored when null")
    void filtersCombine() {
        assertThat(agencies.findPageByIndonesianName("33.02", "NATIONAL", "", "", "", 100))
                .extracting(AgencyRow::id)
                .containsExactly("33-02-bpjs-kesehatan", "33-02-polresta-banyumas");
        assertThat(agencies.findPageByIndonesianName("34.71", null, "", "", "", 100)).hasSize(3);
        assertThat(agencies.findPageByIndonesianName(null, "REGIONAL", "", "", "", 100)).hasSize(6);
        assertThat(agencies.findPageByEnglishName("33.72", "NATIONAL", "", "", "", 100)).isEmpty();
    }

    @Test
    @DisplayName("An agency must belong to a served region")
    void regionIsAForeignKey() {
        assertThatThrownBy(() -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO agency (id, region_code, kind, name_id, name_en)"
                        + " VALUES ('99-99-nowhere', '99.99', 'REGIONAL', 'Dinas Tidak Ada', 'No Office')");
            }
        }).isInstanceOf(SQLException.class);
    }
}
