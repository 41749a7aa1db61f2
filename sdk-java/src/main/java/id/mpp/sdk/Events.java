package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.EventsApi;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventList;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The agency's event feed (scope {@code agency.events}): what changed, oldest first, from a cursor that never ends.
 *
 * <p>{@link #list(EventQuery)} reads until the caller has caught up (an empty page); keep the last page's
 * {@code next_page_token} (iterate {@code pages()}) and start the next read from it with
 * {@link EventQuery.Builder#pageToken(String)}, at least 5 seconds later. Delivery is at-least-once: deduplicate
 * by the event's {@code id}. A cursor older than the retention window throws an
 * {@link id.mpp.sdk.errors.MppApiException} of type {@link id.mpp.sdk.errors.ProblemTypes#CURSOR_EXPIRED}.
 */
public final class Events {

    private final EventsApi api;
    private final Calls calls;

    Events(GeneratedApis apis, Calls calls) {
        this.api = apis.eventsApi();
        this.calls = calls;
    }

    /** Reads the feed from its oldest retained event until caught up, fetching pages as they are iterated. */
    public PagedIterable<Event> list() {
        return list(EventQuery.none(), RequestOptions.none());
    }

    /** Reads the feed from where the query built by {@code query} says, until caught up. */
    public PagedIterable<Event> list(Consumer<EventQuery.Builder> query) {
        return list(EventQuery.of(query), RequestOptions.none());
    }

    /** Reads the feed from where {@code query} says, until caught up. */
    public PagedIterable<Event> list(EventQuery query) {
        return list(query, RequestOptions.none());
    }

    /** Reads the feed from where {@code query} says, until caught up, with {@code options} on every page. */
    public PagedIterable<Event> list(EventQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.untilCaughtUp(token -> page(query, token, options), query.pageToken());
    }

    private Page<Event> page(EventQuery query, String token, RequestOptions options) {
        EventList page = calls.run(() -> api.listEvents(requestId(options), language(options), query.types(),
                query.occurredAtFrom(), query.pageSize(), token, headers(options)));
        return Page.of(page.getItems(), page.getNextPageToken());
    }
}
