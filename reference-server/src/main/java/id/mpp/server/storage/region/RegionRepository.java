package id.mpp.server.storage.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The regions this deployment serves. Pages are keyset pages ordered by code: a page starts after the last code
 * of the previous one, so that following the pages yields every region exactly once.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegionRepository extends GenericRepository<RegionRow, String> {

    Optional<RegionRow> findById(String code);

    /**
     * Up to {@code limit} regions whose code sorts after {@code afterCode}, ordered by code, matching each filter
     * that is not null.
     */
    @Query("""
            SELECT code, kind, name, province_code, province_name, time_zone, code_edition
              FROM region
             WHERE code > :afterCode
               AND (CAST(:provinceCode AS VARCHAR(2)) IS NULL OR province_code = :provinceCode)
               AND (CAST(:kind AS VARCHAR(10)) IS NULL OR kind = :kind)
             ORDER BY code
             LIMIT :limit""")
    List<RegionRow> findPage(String afterCode, @Nullable String provinceCode, @Nullable String kind, int limit);
}
