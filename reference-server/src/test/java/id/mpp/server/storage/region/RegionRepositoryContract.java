package id.mpp.server.storage.region;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the region repository must do on every database the server supports: the Flyway migrations create and seed
 * the schema, and the queries answer the same on H2 and PostgreSQL. Each subclass names a database.
 */
abstract class RegionRepositoryContract {

    @Inject
    RegionRepository regions;

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("The Flyway migrations ran: both versions applied successfully")
    void migrationsApplied() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                             + " ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).startsWith("1", "2");
    }

    @Test
    @DisplayName("The seed holds the 21 pilot regions, in code order, with their Kemendagri edition")
    void seedHoldsThePilotRegions() {
        List<RegionRow> all = regions.findPage("", null, null, 100);

        assertThat(all).hasSize(21);
        assertThat(all).extracting(RegionRow::code).isSorted().startsWith("11.71").endsWith("74.71");
        assertThat(all).extracting(RegionRow::codeEdition).containsOnly("Kepmendagri No. 300.2.2-2138 Tahun 2025");
    }

    @Test
    @DisplayName("findById answers a region by its code, keeping the leading zero, and nothing for an unknown code")
    void findsByCode() {
        assertThat(regions.findById("16.05")).hasValueSatisfying(region -> {
            assertThat(region.name()).isEqualTo("Kabupaten Musi Rawas");
            assertThat(region.kind()).isEqualTo("KABUPATEN");
            assertThat(region.provinceCode()).isEqualTo("16");
            assertThat(region.provinceName()).isEqualTo("Sumatera Selatan");
            assertThat(region.timeZone()).isEqualTo("Asia/Jakarta");
        });
        assertThat(regions.findById("99.99")).isEmpty();
    }

    @Test
    @DisplayName("A page starts after the cursor and holds at most the limit")
    void pagesAreKeysetPages() {
        List<RegionRow> page = regions.findPage("33.14", null, null, 3);

        assertThat(page).extracting(RegionRow::code).containsExactly("33.15", "33.29", "33.71");
    }

    @Test
    @DisplayName("The province and kind filters combine, each ignored when null")
    void filtersCombine() {
        assertThat(regions.findPage("", "33", "KOTA", 100)).extracting(RegionRow::code)
                .containsExactly("33.71", "33.72");
        assertThat(regions.findPage("", "35", null, 100)).extracting(RegionRow::code)
                .containsExactly("35.10", "35.20", "35.23", "35.76");
        assertThat(regions.findPage("", null, "KOTA", 100)).hasSize(11);
    }
}
