package id.mpp.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

    /** Three pages of a finite list, keyed by the token that names them (null for the first). */
    private final RecordingFetcher threePages = new RecordingFetcher(Map.of(
            "", Page.of(List.of("a", "b"), "t2"),
            "t2", Page.of(List.of("c", "d"), "t3"),
            "t3", Page.of(List.of("e"), null)));

    @Test
    void itemsOfEveryPageAreIteratedInOrder() {
        assertThat(PagedIterable.of(threePages).items()).containsExactly("a", "b", "c", "d", "e");
        assertThat(threePages.tokens).containsExactly("", "t2", "t3");
    }

    @Test
    void nothingIsFetchedWhenTheIterableIsMade() {
        PagedIterable<String> list = PagedIterable.of(threePages);

        list.iterator();

        assertThat(list).isNotNull();
        assertThat(threePages.tokens).isEmpty();
    }

    @Test
    void aPageIsFetchedOnlyWhenItsFirstItemIsNeeded() {
        Iterator<String> items = PagedIterable.of(threePages).iterator();

        assertThat(List.of(items.next(), items.next(), items.next())).containsExactly("a", "b", "c");
        assertThat(threePages.tokens).containsExactly("", "t2");

        items.next();
        assertThat(threePages.tokens).containsExactly("", "t2");

        items.next();
        assertThat(threePages.tokens).containsExactly("", "t2", "t3");
        assertThat(items.hasNext()).isFalse();
    }

    @Test
    void aStreamStopsFetchingOnceItHasEnough() {
        assertThat(PagedIterable.of(threePages).stream().limit(2)).containsExactly("a", "b");
        assertThat(threePages.tokens).containsExactly("");
    }

    @Test
    void everyIterationStartsAgainFromTheFirstPage() {
        PagedIterable<String> list = PagedIterable.of(threePages);

        list.forEach(item -> { });
        list.forEach(item -> { });

        assertThat(threePages.tokens).containsExactly("", "t2", "t3", "", "t2", "t3");
    }

    @Test
    void pagesCarryTheirNextToken() {
        List<Page<String>> pages = new ArrayList<>();
        PagedIterable.of(threePages).pages().forEach(pages::add);

        assertThat(pages).extracting(page -> page.nextPageToken().orElse("none")).containsExactly("t2", "t3", "none");
    }

    @Test
    void anEmptyPageInTheMiddleOfAFiniteListDoesNotEndIt() {
        RecordingFetcher gap = new RecordingFetcher(Map.of(
                "", Page.of(List.of("a"), "t2"),
                "t2", Page.of(List.of(), "t3"),
                "t3", Page.of(List.of("b"), null)));

        assertThat(PagedIterable.of(gap)).containsExactly("a", "b");
    }

    @Test
    void aFeedIsReadUntilAnEmptyPageWhoseTokenIsKeptForPolling() {
        RecordingFetcher feed = new RecordingFetcher(Map.of(
                "c0", Page.of(List.of("e1", "e2"), "c1"),
                "c1", Page.of(List.of("e3"), "c2"),
                "c2", Page.of(List.of(), "c2")));
        PagedIterable<String> events = PagedIterable.untilCaughtUp(feed, "c0");

        assertThat(events).containsExactly("e1", "e2", "e3");
        Page<String> last = null;
        for (Page<String> page : events.pages()) {
            last = page;
        }
        assertThat(last.items()).isEmpty();
        assertThat(last.nextPageToken()).contains("c2");
    }

    @Test
    void theFirstPageAloneIsOneRequest() {
        assertThat(PagedIterable.of(threePages).firstPage().items()).containsExactly("a", "b");
        assertThat(threePages.tokens).containsExactly("");
    }

    /** A fetcher over fixed pages that records the tokens it was asked for ("" for the first page). */
    private static final class RecordingFetcher implements PageFetcher<String> {

        private final Map<String, Page<String>> pages;
        private final List<String> tokens = new ArrayList<>();

        RecordingFetcher(Map<String, Page<String>> pages) {
            this.pages = pages;
        }

        @Override
        public Page<String> fetch(String pageToken) {
            String key = pageToken == null ? "" : pageToken;
            tokens.add(key);
            return pages.get(key);
        }
    }
}
