package id.mpp.server.http.region;

import id.mpp.server.generated.model.Region;
import id.mpp.server.generated.model.RegionList;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.catalogue.CatalogueCache;
import id.mpp.server.storage.region.RegionRepository;
import id.mpp.server.storage.region.RegionRow;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * listRegions and getRegion (CAT-003 to CAT-005): the regions this deployment serves, read from storage (each answer
 * kept in the {@link CatalogueCache}: regions change only with a deployment), ordered by code in keyset pages whose
 * tokens are bound to the filters. The catalogue controller delegates here.
 */
@Singleton
public final class RegionCatalogue {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final RegionRepository regions;
    private final PageTokens pageTokens;
    private final CatalogueCache cache;

    RegionCatalogue(RegionRepository regions, PageTokens pageTokens, CatalogueCache cache) {
        this.regions = regions;
        this.pageTokens = pageTokens;
        this.cache = cache;
    }

    /** One page of regions matching every filter that is not null. */
    public RegionList list(@Nullable String provinceCode, @Nullable String kind, @Nullable Integer pageSize,
                           @Nullable String pageToken) {
        String filters = "province_code=" + nullToEmpty(provinceCode) + "&kind=" + nullToEmpty(kind);
        String after = pageTokens.cursor(pageToken, filters).orElse("");
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<RegionRow> rows = cache.get(CatalogueCache.key("regions", after, provinceCode, kind, size),
                () -> List.copyOf(regions.findPage(after, provinceCode, kind, size + 1)));
        boolean more = rows.size() > size;
        List<Region> items = rows.stream().limit(size).map(RegionMapper::toApi).toList();
        RegionList page = new RegionList(items);
        if (more) {
            page.nextPageToken(pageTokens.issue(items.get(items.size() - 1).getCode(), filters));
        }
        return page;
    }

    /**
     * The region with this code.
     *
     * @throws ProblemException {@code 404 not-found} for a code this deployment does not serve
     */
    public Region get(String regionCode) {
        return cache.get(CatalogueCache.key("region", regionCode), () -> regions.findById(regionCode))
                .map(RegionMapper::toApi)
                .orElseThrow(() -> ProblemException.notFound("detail.region-not-found", regionCode));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
