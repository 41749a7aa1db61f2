package id.mpp.sdk.pagination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a collection: its items and the opaque token of the next page.
 *
 * <p>Immutable. The token is absent on the last page of a finite list; pass it back unchanged, with the same
 * filters, to read on.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

    private final List<T> items;
    private final String nextPageToken;

    private Page(List<T> items, String nextPageToken) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.nextPageToken = nextPageToken == null || nextPageToken.isEmpty() ? null : nextPageToken;
    }

    /** A page of {@code items} (an absent list counts as empty) followed by {@code nextPageToken}, if any. */
    public static <T> Page<T> of(List<T> items, String nextPageToken) {
        return new Page<>(items, nextPageToken);
    }

    /** The items of this page, in the server's order. */
    public List<T> items() {
        return items;
    }

    /** The token of the next page; empty on the last page. */
    public Optional<String> nextPageToken() {
        return Optional.ofNullable(nextPageToken);
    }

    /** Whether another page follows. */
    public boolean hasNextPage() {
        return nextPageToken != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page<?> page && items.equals(page.items)
                && Objects.equals(nextPageToken, page.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, nextPageToken);
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items, next=" + nextPageToken + "]";
    }
}
