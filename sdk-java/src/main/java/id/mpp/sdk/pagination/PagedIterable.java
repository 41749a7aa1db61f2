package id.mpp.sdk.pagination;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A collection of the API read lazily, page by page, as it is iterated.
 *
 * <p>Nothing is fetched when the iterable is made; each iteration starts again from the first page and fetches a
 * page only when the items before it have been consumed. Iterate the items ({@code for (Service s : list)},
 * {@link #items()}, {@link #stream()}) or the pages ({@link #pages()}), for example to keep the last
 * {@code next_page_token}. A failure to read a page surfaces, as an {@link id.mpp.sdk.errors.MppException}, from
 * the iterator call that needed it.
 *
 * @param <T> the type of the items
 */
public final class PagedIterable<T> implements Iterable<T> {

    private final PageFetcher<T> fetcher;
    private final String firstPageToken;
    private final boolean stopOnEmptyPage;

    private PagedIterable(PageFetcher<T> fetcher, String firstPageToken, boolean stopOnEmptyPage) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.firstPageToken = firstPageToken;
        this.stopOnEmptyPage = stopOnEmptyPage;
    }

    /** A finite collection: pages are read while each answers a next page token. */
    public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
        return new PagedIterable<>(fetcher, null, false);
    }

    /**
     * A feed that never ends (every page answers a next token): pages are read until one is empty, which means
     * the caller has caught up. That last page is still yielded by {@link #pages()}, with the token to poll with.
     *
     * @param firstPageToken where to start; {@code null} for the beginning of the feed
     */
    public static <T> PagedIterable<T> untilCaughtUp(PageFetcher<T> fetcher, String firstPageToken) {
        return new PagedIterable<>(fetcher, firstPageToken, true);
    }

    /** The items of every page, fetched on demand; the same as iterating this object. */
    public Iterable<T> items() {
        return this;
    }

    /** The items of every page as a sequential stream, fetched on demand. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The pages, fetched on demand. */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    /** The first page only: one request. */
    public Page<T> firstPage() {
        return fetcher.fetch(firstPageToken);
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator();
    }

    private final class PageIterator implements Iterator<Page<T>> {

        private String nextToken = firstPageToken;
        private boolean started;
        private boolean finished;

        @Override
        public boolean hasNext() {
            return !finished && (!started || nextToken != null);
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = fetcher.fetch(nextToken);
            started = true;
            nextToken = page.nextPageToken().orElse(null);
            if (stopOnEmptyPage && page.items().isEmpty()) {
                finished = true;
            }
            return page;
        }
    }

    private final class ItemIterator implements Iterator<T> {

        private final PageIterator pages = new PageIterator();
        private Iterator<T> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                current = pages.next().items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
