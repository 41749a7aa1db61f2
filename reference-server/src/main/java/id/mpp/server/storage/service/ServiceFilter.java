package id.mpp.server.storage.service;

import io.micronaut.core.annotation.Nullable;

/**
 * The filters of listServices: each one that is not null must match; {@code active} always applies.
 *
 * @param regionCode only services of this region
 * @param agencyId only services of this agency
 * @param feeKind only services with this fee kind
 * @param active services that accept applications ({@code true}) or retired ones ({@code false})
 */
public record ServiceFilter(@Nullable String regionCode, @Nullable String agencyId, @Nullable String feeKind,
        boolean active) {
}
