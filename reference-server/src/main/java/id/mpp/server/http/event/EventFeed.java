package id.mpp.server.http.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.generated.model.Event;
import id.mpp.server.generated.model.EventList;
import id.mpp.server.generated.model.EventType;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.event.JdbcEventStore;
import id.mpp.server.storage.event.StoredEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code listEvents} (EVT-001 to EVT-009): the caller's agency's events after a cursor, oldest first. The cursor is
 * the feed position of the last event answered (positions are committed in order, see {@link JdbcEventStore}), in a
 * page token signed for the agency and the filters, so that another agency's token or one sent with other filters
 * answers 400 at {@code #/query/page_token}. A token before the retention purge's last deleted position answers
 * {@code 410 cursor-expired} rather than skipping the deleted events.
 */
@Singleton
public class EventFeed {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final JdbcEventStore events;
    private final PageTokens pageTokens;
    private final ObjectMapper json;
    private final WebhookSettings settings;

    EventFeed(JdbcEventStore events, PageTokens pageTokens, ObjectMapper json, WebhookSettings settings) {
        this.events = events;
        this.pageTokens = pageTokens;
        this.json = json;
        this.settings = settings;
    }

    public EventList page(String agencyId, @Nullable List<EventType> types, @Nullable ZonedDateTime occurredAtFrom,
            @Nullable Integer pageSize, @Nullable String pageToken) {
        TreeSet<String> typeNames = new TreeSet<>();
        if (types != null) {
            types.forEach(type -> typeNames.add(type.getValue()));
        }
        Instant from = occurredAtFrom == null ? null : occurredAtFrom.toInstant();
        String filters = "events|" + agencyId + "|types=" + String.join(",", typeNames) + "|from="
                + (from == null ? "" : from.toString());
        long purgedThrough = events.purgedThrough(agencyId);
        long after;
        if (pageToken == null || pageToken.isEmpty()) {
            after = purgedThrough;
        } else {
            after = position(pageTokens.cursor(pageToken, filters).orElseThrow());
            if (after < purgedThrough) {
                throw new ProblemException(ProblemType.CURSOR_EXPIRED, "detail.cursor-expired",
                        settings.getRetention().toDays());
            }
        }
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<StoredEvent> rows = events.page(agencyId, after, typeNames.isEmpty() ? null : typeNames, from, size);
        long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).position();
        return new EventList(rows.stream().map(this::toApi).toList(), pageTokens.issue(Long.toString(last), filters));
    }

    /** The stored JSON as the generated model (the same members and values as every delivery's body). */
    Event toApi(StoredEvent event) {
        try {
            return json.readValue(event.body(), Event.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long position(String cursor) {
        try {
            long position = Long.parseLong(cursor);
            if (position < 0) {
                throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
        }
    }
}
