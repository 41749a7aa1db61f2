package id.mpp.server.storage.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The agencies this deployment serves. Pages are keyset pages ordered by region code, then name in one language,
 * then ID: a page starts after the (region code, name, ID) of the last agency of the previous one, so that following
 * the pages yields every agency exactly once. The first page starts after ("", "", "").
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AgencyRepository extends GenericRepository<AgencyRow, String> {

    String COLUMNS = """
            SELECT id, region_code, kind, name_id, name_en, short_name, parent_organization, address_street,
                   address_district, address_city, address_postal_code, counter_location, contact_email,
                   contact_phone, contact_website, opening_hours_id, opening_hours_en, active
              FROM agency
            """;

    String FILTERS = """
             WHERE (CAST(:regionCode AS VARCHAR(5)) IS NULL OR region_code = :regionCode)
               AND (CAST(:kind AS VARCHAR(10)) IS NULL OR kind = :kind)
            """;

    Optional<AgencyRow> findById(String id);

    /**
     * Up to {@code limit} agencies after the cursor in the order (region code, Indonesian name, ID), matching each
     * filter that is not null.
     */
    @Query(COLUMNS + FILTERS + """
               AND (region_code > :afterRegion
                    OR (region_code = :afterRegion
                        AND (name_id > :afterName OR (name_id = :afterName AND id > :afterId))))
             ORDER BY region_code, name_id, id
             LIMIT :limit""")
    List<AgencyRow> findPageByIndonesianName(@Nullable String regionCode, @Nullable String kind,
                                             String afterRegion, String afterName, String afterId, int limit);

    /**
     * Up to {@code limit} agencies after the cursor in the order (region code, English name, ID), matching each
     * filter that is not null.
     */
    @Query(COLUMNS + FILTERS + """
               AND (region_code > :afterRegion
                    OR (region_code = :afterRegion
                        AND (name_en > :afterName OR (name_en = :afterName AND id > :afterId))))
             ORDER BY region_code, name_en, id
             LIMIT :limit""")
    List<AgencyRow> findPageByEnglishName(@Nullable String regionCode, @Nullable String kind,
                                          String afterRegion, String afterName, String afterId, int limit);
}
