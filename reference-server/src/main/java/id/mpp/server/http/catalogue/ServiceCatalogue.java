package id.mpp.server.http.catalogue;

import id.mpp.server.domain.service.CatalogueService;
import id.mpp.server.domain.service.ServiceSearch;
import id.mpp.server.generated.model.Service;
import id.mpp.server.generated.model.ServiceList;
import id.mpp.server.http.Language;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.service.JdbcServiceStore;
import id.mpp.server.storage.service.ServiceFilter;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * listServices and getService (CAT-007 to CAT-013). Without {@code q}, keyset pages straight from storage, ordered by
 * region code, name in the negotiated language and ID. With {@code q}, the services matching the filters are ranked
 * here ({@link ServiceSearch}: every word must occur, ignoring case and diacritics) and paged by (relevance, ID); a
 * region's catalogue holds tens of services, so ranking them in memory is cheap. Page tokens are bound to every
 * filter, {@code q} and the language (GEN-016, GEN-017).
 */
@Singleton
public final class ServiceCatalogue {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final JdbcServiceStore store;
    private final PageTokens pageTokens;

    ServiceCatalogue(JdbcServiceStore store, PageTokens pageTokens) {
        this.store = store;
        this.pageTokens = pageTokens;
    }

    /** One page of services matching {@code q} (when given) and every filter that is not null. */
    public ServiceList list(@Nullable String q, @Nullable String regionCode, @Nullable String agencyId,
                            @Nullable String feeKind, boolean active, @Nullable Integer pageSize,
                            @Nullable String pageToken, Language language) {
        ServiceFilter filter = new ServiceFilter(regionCode, agencyId, feeKind, active);
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        boolean english = language == Language.EN;
        if (q == null) {
            return ordered(filter, size, pageToken, language, english);
        }
        return ranked(ServiceSearch.of(q), filter, size, pageToken, language, english);
    }

    /**
     * The service with this ID, active or not.
     *
     * @throws ProblemException {@code 404 not-found} for an unknown ID
     */
    public Service get(String serviceId, Language language) {
        return store.findService(serviceId)
                .map(service -> ServiceMapper.toApi(service, language))
                .orElseThrow(() -> ProblemException.notFound("detail.service-not-found", serviceId));
    }

    private ServiceList ordered(ServiceFilter filter, int size, String pageToken, Language language,
                                boolean english) {
        String filters = filters(filter, null, language);
        ServiceCursor after = pageTokens.cursor(pageToken, filters).map(cursor -> ServiceCursor.decode(cursor, false))
                .orElse(null);
        List<CatalogueService> rows = after == null
                ? store.findPage(filter, english, null, null, null, size + 1)
                : store.findPage(filter, english, after.regionCode(), after.name(), after.id(), size + 1);
        List<CatalogueService> pageRows = rows.stream().limit(size).toList();
        ServiceList page = new ServiceList(pageRows.stream().map(s -> ServiceMapper.toApi(s, language)).toList());
        if (rows.size() > size) {
            CatalogueService last = pageRows.get(pageRows.size() - 1);
            page.nextPageToken(pageTokens.issue(
                    ServiceCursor.ordered(last.regionCode(), last.name().in(english), last.id()).encodeOrdered(),
                    filters));
        }
        return page;
    }

    private ServiceList ranked(ServiceSearch search, ServiceFilter filter, int size, String pageToken,
                               Language language, boolean english) {
        String filters = filters(filter, String.join(" ", search.words()), language);
        ServiceCursor after = pageTokens.cursor(pageToken, filters).map(cursor -> ServiceCursor.decode(cursor, true))
                .orElse(null);
        List<Ranked> matches = store.findAll(filter).stream()
                .map(service -> new Ranked(service, search.relevance(service, english)))
                .filter(ranked -> ranked.relevance().isPresent())
                .sorted(Comparator.comparingInt(Ranked::score).reversed().thenComparing(r -> r.service().id()))
                .filter(ranked -> after == null || ranked.score() < after.relevance()
                        || ranked.score() == after.relevance() && ranked.service().id().compareTo(after.id()) > 0)
                .limit(size + 1L)
                .toList();
        List<Ranked> pageRows = matches.stream().limit(size).toList();
        ServiceList page = new ServiceList(pageRows.stream()
                .map(ranked -> ServiceMapper.toApi(ranked.service(), language)).toList());
        if (matches.size() > size) {
            Ranked last = pageRows.get(pageRows.size() - 1);
            page.nextPageToken(pageTokens.issue(ServiceCursor.ranked(last.score(), last.service().id())
                    .encodeRanked(), filters));
        }
        return page;
    }

    private static String filters(ServiceFilter filter, String words, Language language) {
        return "q=" + nullToEmpty(words) + "&region_code=" + nullToEmpty(filter.regionCode()) + "&agency_id="
                + nullToEmpty(filter.agencyId()) + "&fee_kind=" + nullToEmpty(filter.feeKind()) + "&active="
                + filter.active() + "&lang=" + language.tag();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private record Ranked(CatalogueService service, OptionalInt relevance) {

        int score() {
            return relevance.orElse(0);
        }
    }
}
