package id.mpp.server.http.catalogue;

import id.mpp.server.generated.api.CatalogueApi;
import id.mpp.server.generated.model.Agency;
import id.mpp.server.generated.model.AgencyKind;
import id.mpp.server.generated.model.AgencyList;
import id.mpp.server.generated.model.FeeKind;
import id.mpp.server.generated.model.Region;
import id.mpp.server.generated.model.RegionKind;
import id.mpp.server.generated.model.RegionList;
import id.mpp.server.generated.model.Service;
import id.mpp.server.generated.model.ServiceList;
import id.mpp.server.http.Language;
import id.mpp.server.http.agency.AgencyCatalogue;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.region.RegionCatalogue;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The public catalogue (CAT-001): regions ({@link RegionCatalogue}), their agencies ({@link AgencyCatalogue}) and the
 * services citizens apply for ({@link ServiceCatalogue}). Routes, parameter binding and validation come from the
 * generated {@link CatalogueApi}; no operation needs a token.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogueController implements CatalogueApi {

    private final RegionCatalogue regions;
    private final AgencyCatalogue agencies;
    private final ServiceCatalogue services;

    CatalogueController(RegionCatalogue regions, AgencyCatalogue agencies, ServiceCatalogue services) {
        this.regions = regions;
        this.agencies = agencies;
        this.services = services;
    }

    @Override
    public HttpResponse<RegionList> listRegions(String provinceCode, RegionKind kind, Integer pageSize,
                                                String pageToken) {
        return HttpResponse.ok(regions.list(provinceCode, kind == null ? null : kind.getValue(), pageSize, pageToken));
    }

    @Override
    public HttpResponse<Region> getRegion(String regionCode) {
        return HttpResponse.ok(regions.get(regionCode));
    }

    @Override
    public HttpResponse<AgencyList> listAgencies(String regionCode, AgencyKind kind, Integer pageSize,
                                                 String pageToken) {
        String kindName = kind == null ? null : kind.getValue();
        return HttpResponse.ok(agencies.list(regionCode, kindName, pageSize, pageToken, language()));
    }

    @Override
    public HttpResponse<Agency> getAgency(String agencyId) {
        return HttpResponse.ok(agencies.get(agencyId, language()));
    }

    @Override
    public HttpResponse<ServiceList> listServices(String q, String regionCode, String agencyId, FeeKind feeKind,
                                                  Boolean active, Integer pageSize, String pageToken) {
        requireBooleanActive();
        return HttpResponse.ok(services.list(q, regionCode, agencyId, feeKind == null ? null : feeKind.getValue(),
                active == null || active, pageSize, pageToken, language()));
    }

    @Override
    public HttpResponse<Service> getService(String serviceId) {
        return HttpResponse.ok(services.get(serviceId, language()));
    }

    /**
     * Micronaut reads any text that is not {@code true} as {@code false}; the contract's {@code active} is a boolean,
     * so {@code active=maybe} answers {@code 400} at {@code #/query/active} rather than the retired services.
     */
    private static void requireBooleanActive() {
        ServerRequestContext.currentRequest()
                .flatMap(request -> request.getParameters().getFirst("active"))
                .filter(value -> !"true".equals(value) && !"false".equals(value))
                .ifPresent(value -> {
                    throw ProblemException.invalid("#/query/active", "INVALID_TYPE");
                });
    }

    private static Language language() {
        return ServerRequestContext.currentRequest().map(Language::of).orElse(Language.ID);
    }
}
