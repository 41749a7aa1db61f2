package id.mpp.sdk.documents;

import id.mpp.sdk.generated.model.DocumentMediaType;
import id.mpp.sdk.http.RequestOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What to upload a document as: its document type, and optionally a title, a file name, a media type and
 * per-request options. The bytes are given separately, as a {@code Path} or an {@code InputStream}.
 *
 * <p>Immutable; build with {@link #builder()} or change a copy with {@link #toBuilder()}.
 */
public final class UploadDocumentRequest {

    private final String documentType;
    private final String title;
    private final String fileName;
    private final String mediaType;
    private final RequestOptions options;

    private UploadDocumentRequest(Builder builder) {
        if (builder.documentType == null || builder.documentType.isBlank()) {
            throw new IllegalStateException("documentType is required (a document type code such as KTP_EL)");
        }
        this.documentType = builder.documentType;
        this.title = builder.title;
        this.fileName = builder.fileName;
        this.mediaType = builder.mediaType;
        this.options = builder.options;
    }

    /** Starts building a request. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request with a {@code Consumer<Builder>}, as in {@code UploadDocumentRequest.of(r -> r.documentType("KTP_EL"))}. */
    public static UploadDocumentRequest of(Consumer<Builder> request) {
        Builder builder = builder();
        request.accept(builder);
        return builder.build();
    }

    /** A builder holding this request's values, to change a copy. */
    public Builder toBuilder() {
        return new Builder().documentType(documentType).title(title).fileName(fileName).mediaType(mediaType)
                .options(options);
    }

    /** The document type's code, such as {@code KTP_EL}. */
    public String documentType() {
        return documentType;
    }

    /** The title for the citizen's own use; without one, the server uses the type's name. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The file name to send; without one, the {@code Path}'s name, or one made from the type for a stream. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** The media type to declare; without one, it is recognised from the leading bytes or the file name. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The per-request options (idempotency key, timeout, request ID, language, extra headers). */
    public RequestOptions options() {
        return options;
    }

    /** Builds an {@link UploadDocumentRequest}. */
    public static final class Builder {

        private String documentType;
        private String title;
        private String fileName;
        private String mediaType;
        private RequestOptions options = RequestOptions.none();

        private Builder() {
        }

        /** Sets the document type's code, such as {@code KTP_EL} (required). */
        public Builder documentType(String documentType) {
            this.documentType = documentType;
            return this;
        }

        /** Sets the title (1 to 120 characters, no control characters), or {@code null} for the type's name. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the file name sent as the part's {@code filename} (the server sanitises it). */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Sets the media type to declare, such as {@code application/pdf}, or {@code null} to recognise it.
         *
         * @throws IllegalArgumentException when it is not a well-formed media type
         */
        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType == null ? null : MediaTypes.requireValid(mediaType);
            return this;
        }

        /** Sets the media type to declare from the contract's enumeration. */
        public Builder mediaType(DocumentMediaType mediaType) {
            return mediaType(mediaType == null ? null : mediaType.getValue());
        }

        /** Sets the per-request options. */
        public Builder options(RequestOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Changes the per-request options with a {@code Consumer<RequestOptions.Builder>}. */
        public Builder options(Consumer<RequestOptions.Builder> options) {
            RequestOptions.Builder builder = this.options.toBuilder();
            options.accept(builder);
            this.options = builder.build();
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalStateException when no document type was set
         */
        public UploadDocumentRequest build() {
            return new UploadDocumentRequest(this);
        }
    }
}
