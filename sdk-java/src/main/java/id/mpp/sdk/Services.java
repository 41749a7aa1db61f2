package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.CatalogueApi;
import id.mpp.sdk.generated.api.SatisfactionApi;
import id.mpp.sdk.generated.model.Service;
import id.mpp.sdk.generated.model.ServiceList;
import id.mpp.sdk.generated.model.ServiceSatisfaction;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The public service catalogue: the services a region's agencies offer, with their requirements, forms, service
 * levels, fees and satisfaction indices. Public operations: no token is needed.
 *
 * <pre>{@code
 * for (Service service : client.services().search("akta kelahiran")) { ... }
 * Service service = client.services().get("33-02-disdukcapil-akta-kelahiran");
 * }</pre>
 */
public final class Services {

    private final CatalogueApi catalogue;
    private final SatisfactionApi satisfaction;
    private final Calls calls;

    Services(GeneratedApis apis, Calls calls) {
        this.catalogue = apis.catalogueApi();
        this.satisfaction = apis.satisfactionApi();
        this.calls = calls;
    }

    /** Lists every service, fetching pages as they are iterated. */
    public PagedIterable<Service> list() {
        return list(ServiceQuery.none(), RequestOptions.none());
    }

    /** Lists the services that match {@code query}, fetching pages as they are iterated. */
    public PagedIterable<Service> list(ServiceQuery query) {
        return list(query, RequestOptions.none());
    }

    /** Lists the services that match the query built by {@code query}: {@code list(q -> q.regionCode("33.02"))}. */
    public PagedIterable<Service> list(Consumer<ServiceQuery.Builder> query) {
        return list(ServiceQuery.of(query), RequestOptions.none());
    }

    /** Lists the services that match {@code query}, with {@code options} on every page's request. */
    public PagedIterable<Service> list(ServiceQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            ServiceList page = calls.run(() -> catalogue.listServices(requestId(options), language(options),
                    query.q(), query.regionCode(), query.agencyId(), query.feeKind(), query.active(),
                    query.pageSize(), token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /** Searches the services' names and descriptions for {@code text}, fetching pages as they are iterated. */
    public PagedIterable<Service> search(String text) {
        return list(ServiceQuery.builder().q(Objects.requireNonNull(text, "text")).build());
    }

    /**
     * Reads one service.
     *
     * @throws id.mpp.sdk.errors.NotFoundException when there is no such service
     */
    public Service get(String serviceId) {
        return get(serviceId, RequestOptions.none());
    }

    /** Reads one service, with per-request options; see {@link #get(String)}. */
    public Service get(String serviceId, RequestOptions options) {
        Objects.requireNonNull(serviceId, "serviceId");
        return calls.run(() -> catalogue.getService(serviceId, requestId(options), language(options),
                headers(options)));
    }

    /** Reads a service's satisfaction index (IKM) and grade over the server's default period. */
    public ServiceSatisfaction satisfaction(String serviceId) {
        return satisfaction(serviceId, null, null, RequestOptions.none());
    }

    /**
     * Reads a service's satisfaction index (IKM) and grade over a period.
     *
     * @param fromDate the first day of the period, or {@code null} for the server's default
     * @param toDate the last day of the period, or {@code null} for the server's default
     */
    public ServiceSatisfaction satisfaction(String serviceId, LocalDate fromDate, LocalDate toDate,
            RequestOptions options) {
        Objects.requireNonNull(serviceId, "serviceId");
        return calls.run(() -> satisfaction.getServiceSatisfaction(serviceId, requestId(options), language(options),
                fromDate, toDate, headers(options)));
    }
}
