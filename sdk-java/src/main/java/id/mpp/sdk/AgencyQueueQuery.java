package id.mpp.sdk;

import id.mpp.sdk.generated.model.ApplicationStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Filters for an agency's queue of applications, as an officer sees it; every filter is optional.
 *
 * <p>Immutable; build with {@link #builder()} (or a {@code Consumer<Builder>} where a list method takes one),
 * change a copy with {@link #toBuilder()}. An accessor answers {@code null} for a filter that is not set.
 */
public final class AgencyQueueQuery {

    private static final AgencyQueueQuery NONE = builder().build();

    private final Set<ApplicationStatus> statuses;
    private final Boolean overdue;
    private final String serviceId;
    private final String trackingNumber;
    private final Integer pageSize;

    private AgencyQueueQuery(Builder builder) {
        this.statuses = builder.statuses == null ? null
                : Collections.unmodifiableSet(new LinkedHashSet<>(builder.statuses));
        this.overdue = builder.overdue;
        this.serviceId = builder.serviceId;
        this.trackingNumber = builder.trackingNumber;
        this.pageSize = builder.pageSize;
    }

    /** No filters: everything, in the server's page size. */
    public static AgencyQueueQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}. */
    public static AgencyQueueQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.statuses = statuses;
        builder.overdue = overdue;
        builder.serviceId = serviceId;
        builder.trackingNumber = trackingNumber;
        builder.pageSize = pageSize;
        return builder;
    }

    /** Only applications in one of these statuses. */
    public Set<ApplicationStatus> statuses() {
        return statuses;
    }

    /** Only applications past ({@code true}) or within ({@code false}) their due date. */
    public Boolean overdue() {
        return overdue;
    }

    /** Only applications for this service. */
    public String serviceId() {
        return serviceId;
    }

    /** Only the application with this tracking number. */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** Items per page, 1 to 100; the server's default (20) when not set. */
    public Integer pageSize() {
        return pageSize;
    }

    /** Builds a {@link AgencyQueueQuery}. */
    public static final class Builder {

        private Set<ApplicationStatus> statuses;
        private Boolean overdue;
        private String serviceId;
        private String trackingNumber;
        private Integer pageSize;

        private Builder() {
        }

        /** Only applications in one of these statuses. */
        public Builder statuses(Set<ApplicationStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        /** Only applications in one of these statuses. */
        public Builder statuses(ApplicationStatus... statuses) {
            return statuses(new LinkedHashSet<>(Arrays.asList(statuses)));
        }

        /** Only applications past ({@code true}) or within ({@code false}) their due date. */
        public Builder overdue(Boolean overdue) {
            this.overdue = overdue;
            return this;
        }

        /** Only applications for this service. */
        public Builder serviceId(String serviceId) {
            this.serviceId = serviceId;
            return this;
        }

        /** Only the application with this tracking number. */
        public Builder trackingNumber(String trackingNumber) {
            this.trackingNumber = trackingNumber;
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
        public AgencyQueueQuery build() {
            return new AgencyQueueQuery(this);
        }
    }
}
