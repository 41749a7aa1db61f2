package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.CatalogueApi;
import id.mpp.sdk.generated.api.SatisfactionApi;
import id.mpp.sdk.generated.model.Agency;
import id.mpp.sdk.generated.model.AgencyList;
import id.mpp.sdk.generated.model.AgencySatisfaction;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/** The agencies of the catalogue and their satisfaction indices. Public operations: no token is needed. */
public final class Agencies {

    private final CatalogueApi catalogue;
    private final SatisfactionApi satisfaction;
    private final Calls calls;

    Agencies(GeneratedApis apis, Calls calls) {
        this.catalogue = apis.catalogueApi();
        this.satisfaction = apis.satisfactionApi();
        this.calls = calls;
    }

    /** Lists every agency, fetching pages as they are iterated. */
    public PagedIterable<Agency> list() {
        return list(AgencyQuery.none(), RequestOptions.none());
    }

    /** Lists the agencies that match the query built by {@code query}: {@code list(q -> q.regionCode("33.02"))}. */
    public PagedIterable<Agency> list(Consumer<AgencyQuery.Builder> query) {
        return list(AgencyQuery.of(query), RequestOptions.none());
    }

    /** Lists the agencies that match {@code query}, with {@code options} on every page's request. */
    public PagedIterable<Agency> list(AgencyQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            AgencyList page = calls.run(() -> catalogue.listAgencies(requestId(options), language(options),
                    query.regionCode(), query.kind(), query.pageSize(), token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Reads one agency.
     *
     * @throws id.mpp.sdk.errors.NotFoundException when there is no such agency
     */
    public Agency get(String agencyId) {
        return get(agencyId, RequestOptions.none());
    }

    /** Reads one agency, with per-request options; see {@link #get(String)}. */
    public Agency get(String agencyId, RequestOptions options) {
        Objects.requireNonNull(agencyId, "agencyId");
        return calls.run(() -> catalogue.getAgency(agencyId, requestId(options), language(options),
                headers(options)));
    }

    /** Reads an agency's satisfaction index (IKM) over the server's default period. */
    public AgencySatisfaction satisfaction(String agencyId) {
        return satisfaction(agencyId, null, null, RequestOptions.none());
    }

    /**
     * Reads an agency's satisfaction index (IKM) over a period.
     *
     * @param fromDate the first day of the period, or {@code null} for the server's default
     * @param toDate the last day of the period, or {@code null} for the server's default
     */
    public AgencySatisfaction satisfaction(String agencyId, LocalDate fromDate, LocalDate toDate,
            RequestOptions options) {
        Objects.requireNonNull(agencyId, "agencyId");
        return calls.run(() -> satisfaction.getAgencySatisfaction(agencyId, requestId(options), language(options),
                fromDate, toDate, headers(options)));
    }
}
