package id.mpp.sdk;

import id.mpp.sdk.generated.model.RegionKind;
import java.util.function.Consumer;

/**
 * Filters for listing regions; every filter is optional.
 *
 * <p>Immutable; build with {@link #builder()} (or a {@code Consumer<Builder>} where a list method takes one),
 * change a copy with {@link #toBuilder()}. An accessor answers {@code null} for a filter that is not set.
 */
public final class RegionQuery {

    private static final RegionQuery NONE = builder().build();

    private final String provinceCode;
    private final RegionKind kind;
    private final Integer pageSize;

    private RegionQuery(Builder builder) {
        this.provinceCode = builder.provinceCode;
        this.kind = builder.kind;
        this.pageSize = builder.pageSize;
    }

    /** No filters: everything, in the server's page size. */
    public static RegionQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}. */
    public static RegionQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.provinceCode = provinceCode;
        builder.kind = kind;
        builder.pageSize = pageSize;
        return builder;
    }

    /** Only regions of this province (its two-digit code, such as {@code 33}). */
    public String provinceCode() {
        return provinceCode;
    }

    /** Only regencies or only cities. */
    public RegionKind kind() {
        return kind;
    }

    /** Items per page, 1 to 100; the server's default (20) when not set. */
    public Integer pageSize() {
        return pageSize;
    }

    /** Builds a {@link RegionQuery}. */
    public static final class Builder {

        private String provinceCode;
        private RegionKind kind;
        private Integer pageSize;

        private Builder() {
        }

        /** Only regions of this province (its two-digit code, such as {@code 33}). */
        public Builder provinceCode(String provinceCode) {
            this.provinceCode = provinceCode;
            return this;
        }

        /** Only regencies or only cities. */
        public Builder kind(RegionKind kind) {
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
        public RegionQuery build() {
            return new RegionQuery(this);
        }
    }
}
