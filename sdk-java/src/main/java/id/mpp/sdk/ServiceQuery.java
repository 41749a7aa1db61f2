package id.mpp.sdk;

import id.mpp.sdk.generated.model.FeeKind;
import java.util.function.Consumer;

/**
 * Filters for listing the service catalogue; every filter is optional.
 *
 * <p>Immutable; build with {@link #builder()} (or a {@code Consumer<Builder>} where a list method takes one),
 * change a copy with {@link #toBuilder()}. An accessor answers {@code null} for a filter that is not set.
 */
public final class ServiceQuery {

    private static final ServiceQuery NONE = builder().build();

    private final String q;
    private final String regionCode;
    private final String agencyId;
    private final FeeKind feeKind;
    private final Boolean active;
    private final Integer pageSize;

    private ServiceQuery(Builder builder) {
        this.q = builder.q;
        this.regionCode = builder.regionCode;
        this.agencyId = builder.agencyId;
        this.feeKind = builder.feeKind;
        this.active = builder.active;
        this.pageSize = builder.pageSize;
    }

    /** No filters: everything, in the server's page size. */
    public static ServiceQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}. */
    public static ServiceQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.q = q;
        builder.regionCode = regionCode;
        builder.agencyId = agencyId;
        builder.feeKind = feeKind;
        builder.active = active;
        builder.pageSize = pageSize;
        return builder;
    }

    /** Free-text search over the services' names and descriptions. */
    public String q() {
        return q;
    }

    /** Only services of this region (a Kemendagri code such as {@code 33.02}). */
    public String regionCode() {
        return regionCode;
    }

    /** Only services of this agency. */
    public String agencyId() {
        return agencyId;
    }

    /** Only services with this kind of fee. */
    public FeeKind feeKind() {
        return feeKind;
    }

    /** Only active ({@code true}) or inactive ({@code false}) services. */
    public Boolean active() {
        return active;
    }

    /** Items per page, 1 to 100; the server's default (20) when not set. */
    public Integer pageSize() {
        return pageSize;
    }

    /** Builds a {@link ServiceQuery}. */
    public static final class Builder {

        private String q;
        private String regionCode;
        private String agencyId;
        private FeeKind feeKind;
        private Boolean active;
        private Integer pageSize;

        private Builder() {
        }

        /** Free-text search over the services' names and descriptions. */
        public Builder q(String q) {
            this.q = q;
            return this;
        }

        /** Only services of this region (a Kemendagri code such as {@code 33.02}). */
        public Builder regionCode(String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        /** Only services of this agency. */
        public Builder agencyId(String agencyId) {
            this.agencyId = agencyId;
            return this;
        }

        /** Only services with this kind of fee. */
        public Builder feeKind(FeeKind feeKind) {
            this.feeKind = feeKind;
            return this;
        }

        /** Only active ({@code true}) or inactive ({@code false}) services. */
        public Builder active(Boolean active) {
            this.active = active;
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
        public ServiceQuery build() {
            return new ServiceQuery(this);
        }
    }
}
