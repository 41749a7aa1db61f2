package id.mpp.server.http.agency;

import id.mpp.server.generated.model.Agency;
import id.mpp.server.generated.model.AgencyList;
import id.mpp.server.http.Language;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.agency.AgencyRepository;
import id.mpp.server.storage.catalogue.CatalogueCache;
import id.mpp.server.storage.agency.AgencyRow;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * listAgencies and getAgency (CAT-006): agencies read from storage (each answer kept in the {@link CatalogueCache}:
 * agencies change only with a deployment), ordered by region code, then name in the
 * negotiated language, then ID, in keyset pages whose tokens are bound to the filters and the language (GEN-016,
 * GEN-017). The catalogue controller delegates here.
 */
@Singleton
public final class AgencyCatalogue {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final AgencyRepository agencies;
    private final PageTokens pageTokens;
    private final CatalogueCache cache;

    AgencyCatalogue(AgencyRepository agencies, PageTokens pageTokens, CatalogueCache cache) {
        this.agencies = agencies;
        this.pageTokens = pageTokens;
        this.cache = cache;
    }

    /** One page of agencies matching every filter that is not null. */
    public AgencyList list(@Nullable String regionCode, @Nullable String kind, @Nullable Integer pageSize,
                           @Nullable String pageToken, Language language) {
        String filters = "region_code=" + nullToEmpty(regionCode) + "&kind=" + nullToEmpty(kind)
                + "&lang=" + language.tag();
        AgencyCursor after = pageTokens.cursor(pageToken, filters).map(AgencyCursor::decode)
                .orElse(AgencyCursor.FIRST);
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<AgencyRow> rows = cache.get(CatalogueCache.key("agencies", language.tag(), regionCode, kind,
                after.regionCode(), after.name(), after.id(), size), () -> List.copyOf(language == Language.EN
                ? agencies.findPageByEnglishName(regionCode, kind, after.regionCode(), after.name(), after.id(),
                        size + 1)
                : agencies.findPageByIndonesianName(regionCode, kind, after.regionCode(), after.name(), after.id(),
                        size + 1)));
        List<AgencyRow> pageRows = rows.stream().limit(size).toList();
        AgencyList page = new AgencyList(pageRows.stream().map(row -> AgencyMapper.toApi(row, language)).toList());
        if (rows.size() > size) {
            AgencyRow last = pageRows.get(pageRows.size() - 1);
            AgencyCursor cursor = new AgencyCursor(last.regionCode(), AgencyMapper.name(last, language), last.id());
            page.nextPageToken(pageTokens.issue(cursor.encode(), filters));
        }
        return page;
    }

    /**
     * The agency with this ID, active or not.
     *
     * @throws ProblemException {@code 404 not-found} for an unknown ID
     */
    public Agency get(String agencyId, Language language) {
        return find(agencyId)
                .map(row -> AgencyMapper.toApi(row, language))
                .orElseThrow(() -> ProblemException.notFound("detail.agency-not-found", agencyId));
    }

    /** The agency's row, active or not (kept in the cache like every catalogue answer). */
    public Optional<AgencyRow> find(String agencyId) {
        return cache.get(CatalogueCache.key("agency", agencyId), () -> agencies.findById(agencyId));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
