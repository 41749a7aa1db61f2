package id.mpp.server.storage.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogueCacheTest {

    private final CatalogueCache cache = new CatalogueCache();
    private final AtomicInteger queries = new AtomicInteger();

    private List<String> query() {
        queries.incrementAndGet();
        return List.of("33.02", "34.71");
    }

    @Test
    @DisplayName("A question asked again is answered from memory, the same answer")
    void askedAgainIsNotQueried() {
        List<String> first = cache.get(CatalogueCache.key("regions", "", null), this::query);
        List<String> second = cache.get(CatalogueCache.key("regions", "", null), this::query);
        assertThat(second).isSameAs(first);
        assertThat(queries.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("Other parameters are another question; a null parameter is not the text \"null\"")
    void parametersMakeTheKey() {
        assertThat(CatalogueCache.key("regions", "33", null)).isNotEqualTo(CatalogueCache.key("regions", "33", "null"))
                .isNotEqualTo(CatalogueCache.key("regions", "34", null));
        assertThat(CatalogueCache.key("regions", "a", "b")).isNotEqualTo(CatalogueCache.key("regions", "ab"));
    }

    @Test
    @DisplayName("Past its size the cache starts again empty, and clear() forgets everything")
    void bounded() {
        for (int i = 0; i < CatalogueCache.MAX_ENTRIES; i++) {
            cache.get(CatalogueCache.key("region", i), this::query);
        }
        cache.get(CatalogueCache.key("region", "one more"), this::query);
        cache.get(CatalogueCache.key("region", 0), this::query);
        assertThat(queries.get()).isEqualTo(CatalogueCache.MAX_ENTRIES + 2);

        cache.clear();
        cache.get(CatalogueCache.key("region", "one more"), this::query);
        assertThat(queries.get()).isEqualTo(CatalogueCache.MAX_ENTRIES + 3);
    }
}
