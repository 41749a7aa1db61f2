package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.DocumentsApi;
import id.mpp.sdk.generated.model.DocumentCategory;
import id.mpp.sdk.generated.model.DocumentType;
import id.mpp.sdk.generated.model.DocumentTypeList;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;

/** The document types of the vault ({@code KTP_EL}, {@code KK}, ...), with what each accepts. */
public final class DocumentTypes {

    private final DocumentsApi api;
    private final Calls calls;

    DocumentTypes(GeneratedApis apis, Calls calls) {
        this.api = apis.documentsApi();
        this.calls = calls;
    }

    /** Lists every document type, fetching pages as they are iterated. */
    public PagedIterable<DocumentType> list() {
        return list(null, null, RequestOptions.none());
    }

    /** Lists the document types of one category, fetching pages as they are iterated. */
    public PagedIterable<DocumentType> list(DocumentCategory category) {
        return list(category, null, RequestOptions.none());
    }

    /**
     * Lists document types.
     *
     * @param category only types of this category, or {@code null} for all
     * @param pageSize items per page, 1 to 100, or {@code null} for the server's default
     */
    public PagedIterable<DocumentType> list(DocumentCategory category, Integer pageSize, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            DocumentTypeList page = calls.run(() -> api.listDocumentTypes(requestId(options), language(options),
                    category, pageSize, token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Reads one document type by its code.
     *
     * @throws id.mpp.sdk.errors.NotFoundException when there is no such type
     */
    public DocumentType get(String code) {
        return get(code, RequestOptions.none());
    }

    /** Reads one document type, with per-request options; see {@link #get(String)}. */
    public DocumentType get(String code, RequestOptions options) {
        Objects.requireNonNull(code, "code");
        return calls.run(() -> api.getDocumentType(code, requestId(options), language(options), headers(options)));
    }
}
