package id.mpp.server.storage.region;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the {@code region} table: a kabupaten or kota with its Kemendagri code and decree edition. */
@MappedEntity("region")
public record RegionRow(
        @Id String code,
        String kind,
        String name,
        String provinceCode,
        String provinceName,
        String timeZone,
        String codeEdition) {
}
