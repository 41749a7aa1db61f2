package id.mpp.server.storage.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of the {@code agency} table: an agency (instansi) serving in a region's MPP, with its names and opening
 * hours in both languages of the contract.
 */
@MappedEntity("agency")
public record AgencyRow(
        @Id String id,
        String regionCode,
        String kind,
        String nameId,
        String nameEn,
        @Nullable String shortName,
        @Nullable String parentOrganization,
        @Nullable String addressStreet,
        @Nullable String addressDistrict,
        @Nullable String addressCity,
        @Nullable String addressPostalCode,
        @Nullable String counterLocation,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactWebsite,
        @Nullable String openingHoursId,
        @Nullable String openingHoursEn,
        boolean active) {
}
