package id.mpp.sdk;

import id.mpp.sdk.generated.model.AgencyKind;
import java.util.function.Consumer;

/**
 * Filters for listing agencies; every filter is optional.
 *
 * <p>Immutable; build with {@link #builder()} (or a {@code Consumer<Builder>} where a list method takes one),
 * change a copy with {@link #toBuilder()}. An accessor answers {@code null} for a filter that is not set.
 */
public final class AgencyQuery {

    private static final AgencyQuery NONE = builder().build();

    private final String regionCode;
    private final AgencyKind kind;
    private final Integer pageSize;

    private AgencyQuery(Builder builder) {
        this.regionCode = builder.regionCode;
        this.kind = builder.kind;
        this.pageSize = builder.pageSize;
    }

    /** No filters: everything, in the server's page size. */
    public static AgencyQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}. */
    public static AgencyQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.regionCode = regionCode;
        builder.kind = kind;
        builder.pageSize = pageSize;
        return builder;
    }

    /** Only agencies of this region (a Kemendagri code such as {@code 33.02}). */
    public String regionCode() {
        return regionCode;
    }

    /** Only agencies of this kind. */
    public AgencyKind kind() {
        return kind;
    }

    /** Items per page, 1 to 100; the server's default (20) when not set. */
    public Integer pageSize() {
        return pageSize;
    }

    /** Builds a {@link AgencyQuery}. */
    public static final class Builder {

        private String regionCode;
        private AgencyKind kind;
        private Integer pageSize;

        private Builder() {
        }

        /** Only agencies of this region (a Kemendagri code such as {@code 33.02}). */
        public Builder regionCode(String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        /** Only agencies of this kind. */
        public Builder kind(AgencyKind kind) {
            this.kind = kind;
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
        public AgencyQuery build() {
            return new AgencyQuery(this);
        }
    }
}
