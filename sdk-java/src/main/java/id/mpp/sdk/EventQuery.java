package id.mpp.sdk;

import id.mpp.sdk.generated.model.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where to read the agency's event feed from, and which events; every setting is optional.
 *
 * <p>Immutable; build with {@link #builder()} (or a {@code Consumer<Builder>} where a list method takes one),
 * change a copy with {@link #toBuilder()}. An accessor answers {@code null} for a filter that is not set.
 */
public final class EventQuery {

    private static final EventQuery NONE = builder().build();

    private final List<EventType> types;
    private final OffsetDateTime occurredAtFrom;
    private final String pageToken;
    private final Integer pageSize;

    private EventQuery(Builder builder) {
        this.types = builder.types == null ? null : List.copyOf(builder.types);
        this.occurredAtFrom = builder.occurredAtFrom;
        this.pageToken = builder.pageToken;
        this.pageSize = builder.pageSize;
    }

    /** No filters: everything, in the server's page size. */
    public static EventQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}. */
    public static EventQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.types = types;
        builder.occurredAtFrom = occurredAtFrom;
        builder.pageToken = pageToken;
        builder.pageSize = pageSize;
        return builder;
    }

    /** Only events of these types (without it, every type, including ones added later). */
    public List<EventType> types() {
        return types;
    }

    /** Only events that occurred at or after this instant; where a feed without a page token starts. */
    public OffsetDateTime occurredAtFrom() {
        return occurredAtFrom;
    }

    /** The cursor to continue from: the {@code next_page_token} of the last page read. */
    public String pageToken() {
        return pageToken;
    }

    /** Items per page, 1 to 100; the server's default (20) when not set. */
    public Integer pageSize() {
        return pageSize;
    }

    /** Builds a {@link EventQuery}. */
    public static final class Builder {

        private List<EventType> types;
        private OffsetDateTime occurredAtFrom;
        private String pageToken;
        private Integer pageSize;

        private Builder() {
        }

        /** Only events of these types (without it, every type, including ones added later). */
        public Builder types(List<EventType> types) {
            this.types = types;
            return this;
        }

        /** Only events of these types. */
        public Builder types(EventType... types) {
            return types(List.of(types));
        }

        /** Only events that occurred at or after this instant; where a feed without a page token starts. */
        public Builder occurredAtFrom(OffsetDateTime occurredAtFrom) {
            this.occurredAtFrom = occurredAtFrom;
            return this;
        }

        /** The cursor to continue from: the {@code next_page_token} of the last page read. */
        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        /** Items per page, 1 to 100; the server's default (20) when not set. */
        public Builder pageSize(Integer pageSize) {
            if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
                throw new IllegalArgumentException("pageSize must be between 1 and 100");
            }
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the query. */
        public EventQuery build() {
            return new EventQuery(this);
        }
    }
}
