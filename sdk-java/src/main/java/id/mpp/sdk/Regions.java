package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.CatalogueApi;
import id.mpp.sdk.generated.model.Region;
import id.mpp.sdk.generated.model.RegionList;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;
import java.util.function.Consumer;

/** The regions (regencies and cities) of the catalogue. Public operations: no token is needed. */
public final class Regions {

    private final CatalogueApi catalogue;
    private final Calls calls;

    Regions(GeneratedApis apis, Calls calls) {
        this.catalogue = apis.catalogueApi();
        this.calls = calls;
    }

    /** Lists every region, fetching pages as they are iterated. */
    public PagedIterable<Region> list() {
        return list(RegionQuery.none(), RequestOptions.none());
    }

    /** Lists the regions that match the query built by {@code query}, as in {@code list(q -> q.provinceCode("33"))}. */
    public PagedIterable<Region> list(Consumer<RegionQuery.Builder> query) {
        return list(RegionQuery.of(query), RequestOptions.none());
    }

    /** Lists the regions that match {@code query}, with {@code options} on every page's request. */
    public PagedIterable<Region> list(RegionQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            RegionList page = calls.run(() -> catalogue.listRegions(requestId(options), language(options),
                    query.provinceCode(), query.kind(), query.pageSize(), token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Reads one region by its Kemendagri code, such as {@code 33.02}.
     *
     * @throws id.mpp.sdk.errors.NotFoundException when there is no such region
     */
    public Region get(String regionCode) {
        return get(regionCode, RequestOptions.none());
    }

    /** Reads one region, with per-request options; see {@link #get(String)}. */
    public Region get(String regionCode, RequestOptions options) {
        Objects.requireNonNull(regionCode, "regionCode");
        return calls.run(() -> catalogue.getRegion(regionCode, requestId(options), language(options),
                headers(options)));
    }
}
