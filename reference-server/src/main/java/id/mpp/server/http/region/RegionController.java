package id.mpp.server.http.region;

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
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.region.RegionRepository;
import id.mpp.server.storage.region.RegionRow;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/**
 * The public catalogue (CAT-001): regions served by this deployment, read from storage, and their agencies
 * (delegated to {@link AgencyCatalogue}). Routes, parameter binding and validation come from the generated
 * {@link CatalogueApi}; services arrive with issue 6 and answer {@code 404 not-found} until then.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionController implements CatalogueApi {

    private final RegionRepository regions;
    private final PageTokens pageTokens;
    private final AgencyCatalogue agencies;

    RegionController(RegionRepository regions, PageTokens pageTokens, AgencyCatalogue agencies) {
        this.regions = regions;
        this.pageTokens = pageTokens;
        this.agencies = agencies;
    }

    @Override
    public HttpResponse<RegionList> listRegions(String provinceCode, RegionKind kind, Integer pageSize,
                                                String pageToken) {
        String kindName = kind == null ? null : kind.getValue();
        String filters = "province_code=" + nullToEmpty(provinceCode) + "&kind=" + nullToEmpty(kindName);
        String after = pageTokens.cursor(pageToken, filters).orElse("");
        int size = pageSize == null ? 20 : pageSize;
        List<RegionRow> rows = regions.findPage(after, provinceCode, kindName, size + 1);
        boolean more = rows.size() > size;
        List<Region> items = rows.stream().limit(size).map(RegionMapper::toApi).toList();
        RegionList page = new RegionList(items);
        if (more) {
            page.nextPageToken(pageTokens.issue(items.get(items.size() - 1).getCode(), filters));
        }
        return HttpResponse.ok(page);
    }

    @Override
    public HttpResponse<Region> getRegion(String regionCode) {
        return regions.findById(regionCode)
                .map(RegionMapper::toApi)
                .map(HttpResponse::ok)
                .orElseThrow(() -> ProblemException.notFound("detail.region-not-found", regionCode));
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
        throw notYet("listServices");
    }

    @Override
    public HttpResponse<Service> getService(String serviceId) {
        throw notYet("getService");
    }

    private static Language language() {
        return ServerRequestContext.currentRequest().map(Language::of).orElse(Language.ID);
    }

    private static ProblemException notYet(String operationId) {
        return ProblemException.notFound("detail.operation-not-available", operationId);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
