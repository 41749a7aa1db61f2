package id.mpp.sdk.pagination;

/**
 * Reads one page of a collection: the first when the token is {@code null}, else the page the token names.
 *
 * @param <T> the type of the items
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * Fetches the page that {@code pageToken} names.
     *
     * @param pageToken {@code null} for the first page, else a token a previous page answered
     * @throws id.mpp.sdk.errors.MppException when the page cannot be read
     */
    Page<T> fetch(String pageToken);
}
