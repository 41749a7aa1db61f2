package id.mpp.server.http.region;

import id.mpp.server.generated.model.Region;
import id.mpp.server.generated.model.RegionKind;
import id.mpp.server.storage.region.RegionRow;

/** A stored region as the contract's {@code Region}. */
final class RegionMapper {

    private RegionMapper() {
    }

    static Region toApi(RegionRow row) {
        return new Region(row.code(), RegionKind.fromValue(row.kind()), row.name(), row.provinceCode(),
                row.provinceName(), row.timeZone(), row.codeEdition());
    }
}
