package id.mpp.sdk.documents;

import id.mpp.sdk.generated.model.DocumentOrigin;
import id.mpp.sdk.generated.model.DocumentStatus;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which of the signed-in citizen's documents to list: filters, combined with AND, and the page size.
 *
 * <p>Immutable; build with {@link #builder()} or change a copy with {@link #toBuilder()}.
 */
public final class DocumentQuery {

    private static final DocumentQuery NONE = builder().build();

    private final String documentType;
    private final DocumentStatus status;
    private final DocumentOrigin origin;
    private final Integer pageSize;

    private DocumentQuery(Builder builder) {
        this.documentType = builder.documentType;
        this.status = builder.status;
        this.origin = builder.origin;
        this.pageSize = builder.pageSize;
    }

    /** No filter: every document, in pages of the server's default size. */
    public static DocumentQuery none() {
        return NONE;
    }

    /** Starts building a query. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query with a {@code Consumer<Builder>}, as in {@code DocumentQuery.of(q -> q.documentType("KTP_EL"))}. */
    public static DocumentQuery of(Consumer<Builder> query) {
        Builder builder = builder();
        query.accept(builder);
        return builder.build();
    }

    /** A builder holding this query's values, to change a copy. */
    public Builder toBuilder() {
        return new Builder().documentType(documentType).status(status).origin(origin).pageSize(pageSize);
    }

    /** Only documents of this type code. */
    public Optional<String> documentType() {
        return Optional.ofNullable(documentType);
    }

    /** Only documents with this verification status. */
    public Optional<DocumentStatus> status() {
        return Optional.ofNullable(status);
    }

    /** Only documents the citizen uploaded, or only those an agency issued. */
    public Optional<DocumentOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    /** The largest number of documents per page (1 to 100). */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** Builds a {@link DocumentQuery}. */
    public static final class Builder {

        private String documentType;
        private DocumentStatus status;
        private DocumentOrigin origin;
        private Integer pageSize;

        private Builder() {
        }

        /** Only documents of this type code, or {@code null} for every type. */
        public Builder documentType(String documentType) {
            this.documentType = documentType;
            return this;
        }

        /** Only documents with this status, or {@code null} for every status. */
        public Builder status(DocumentStatus status) {
            this.status = status;
            return this;
        }

        /** Only documents of this origin, or {@code null} for both. */
        public Builder origin(DocumentOrigin origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Sets the page size, 1 to 100, or {@code null} for the server's default (20).
         *
         * @throws IllegalArgumentException when it is outside 1 to 100
         */
        public Builder pageSize(Integer pageSize) {
            if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
                throw new IllegalArgumentException("pageSize must be 1 to 100, not " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the query. */
        public DocumentQuery build() {
            return new DocumentQuery(this);
        }
    }
}
