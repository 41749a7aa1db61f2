package id.mpp.server.http.document;

import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.generated.model.AccessLogEntry;
import id.mpp.server.generated.model.AccessLogEntryList;
import id.mpp.server.generated.model.Document;
import id.mpp.server.generated.model.DocumentGrant;
import id.mpp.server.generated.model.DocumentGrantList;
import id.mpp.server.generated.model.DocumentList;
import id.mpp.server.generated.model.DocumentType;
import id.mpp.server.generated.model.DocumentTypeList;
import id.mpp.server.http.Language;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.document.AccessLogRow;
import id.mpp.server.storage.document.BlobStore;
import id.mpp.server.storage.document.DocumentRow;
import id.mpp.server.storage.document.DocumentTypeRow;
import id.mpp.server.storage.document.GrantRow;
import id.mpp.server.storage.document.VaultStore;
import id.mpp.server.storage.document.VaultStore.Cursor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The citizen's side of the vault: types, own documents, deletion, grants and the access log. */
@Singleton
class CitizenDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenDocuments.class);
    static final List<String> SERVED_ACTIONS = List.of("DOWNLOAD", "READ_METADATA", "VERIFY");

    private final VaultStore store;
    private final BlobStore blobs;
    private final DocumentViews views;
    private final PageTokens tokens;
    private final Clock clock;
    private final Ulids ids;

    CitizenDocuments(VaultStore store, BlobStore blobs, DocumentViews views, PageTokens tokens, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.views = views;
        this.tokens = tokens;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    DocumentTypeList types(String category, Integer pageSize, String pageToken, Language language) {
        String filters = Pages.filters("types", category);
        String after = tokens.cursor(pageToken, filters).orElse("");
        int size = Pages.size(pageSize);
        List<DocumentTypeRow> rows = store.types(category, after, size + 1);
        List<DocumentType> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            items.add(views.type(rows.get(i), language));
        }
        DocumentTypeList page = new DocumentTypeList(items);
        if (rows.size() > size) {
            page.setNextPageToken(tokens.issue(rows.get(size - 1).code(), filters));
        }
        return page;
    }

    DocumentType type(String code, Language language) {
        return store.type(code).map(row -> views.type(row, language))
                .orElseThrow(() -> ProblemException.notFound("detail.document-type-not-found", code));
    }

    DocumentList list(String owner, String type, String status, String origin, Integer pageSize, String pageToken,
            Language language) {
        String filters = Pages.filters("documents", owner, type, status, origin);
        Cursor after = Pages.cursor(tokens, pageToken, filters);
        int size = Pages.size(pageSize);
        List<DocumentRow> rows = store.documents(owner, type, status, origin, after, size + 1);
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            items.add(views.document(rows.get(i), language, null));
        }
        DocumentList page = new DocumentList(items);
        if (rows.size() > size) {
            DocumentRow last = rows.get(size - 1);
            page.setNextPageToken(tokens.issue(new Cursor(last.createdAt(), last.id()).encode(), filters));
        }
        return page;
    }

    DocumentRow owned(String owner, String id) {
        return store.owned(owner, id).orElseThrow(() -> ProblemException.notFound("detail.document-not-found", id));
    }

    /** Logs the citizen's own download (DOC-032) before it is sent. */
    void logDownload(DocumentRow doc, Actors.Actor actor) {
        store.append(new AccessLogRow(ids.next("dal_"), doc.id(), doc.ownerId(), doc.typeCode(), clock.instant(),
                "DOWNLOAD", actor.type(), null, null, actor.clientName(), null, null));
    }

    /**
     * Destroys the bytes of a document whose deletion {@link #deleteRecord} committed (DOC-024). Row, tombstone,
     * grant expiry and log entry commit together first, so a crash before the bytes are destroyed leaves an orphan
     * blob, which the next start removes.
     */
    void destroyBytes(DocumentRow deleted) {
        try {
            blobs.destroy(deleted.blobKey());
        } catch (IOException e) {
            LOG.warn("The bytes of deleted document {} could not be destroyed now; they are removed at the next start",
                    deleted.id(), e);
        }
    }

    /** Deletes the owner's document in one transaction (called from outside, so that the advice applies). */
    @Transactional
    DocumentRow deleteRecord(String owner, String id, String ifMatch, Actors.Actor actor) {
        DocumentRow doc = owned(owner, id);
        List<GrantRow> inUse = store.grantsInUse(id);
        if (!inUse.isEmpty()) {
            throw new ProblemException(ProblemType.DOCUMENT_IN_USE, "detail.document-in-use",
                    String.join(", ", inUse.stream().map(GrantRow::trackingNumber).distinct().toList()));
        }
        if (!IfMatches.matches(ifMatch, doc.etag())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.document-precondition-failed");
        }
        Instant now = clock.instant();
        store.delete(id, now);
        store.append(new AccessLogRow(ids.next("dal_"), doc.id(), doc.ownerId(), doc.typeCode(), now, "DELETE",
                actor.type(), null, null, actor.clientName(), null, null));
        return doc;
    }

    DocumentGrantList grants(String owner, String documentId, String applicationId, String status, Integer pageSize,
            String pageToken, Language language) {
        String filters = Pages.filters("grants", owner, documentId, applicationId, status);
        Cursor after = Pages.cursor(tokens, pageToken, filters);
        int size = Pages.size(pageSize);
        Instant now = clock.instant();
        List<GrantRow> rows = store.grants(owner, documentId, applicationId, status, now, after, size + 1);
        List<DocumentGrant> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            items.add(views.grant(rows.get(i), now, language));
        }
        DocumentGrantList page = new DocumentGrantList(items);
        if (rows.size() > size) {
            GrantRow last = rows.get(size - 1);
            page.setNextPageToken(tokens.issue(new Cursor(last.grantedAt(), last.id()).encode(), filters));
        }
        return page;
    }

    AccessLogEntryList accessLog(String owner, String documentId, String applicationId, Integer pageSize,
            String pageToken, Language language) {
        String filters = Pages.filters("access-log", owner, documentId, applicationId);
        Cursor after = Pages.cursor(tokens, pageToken, filters);
        int size = Pages.size(pageSize);
        List<AccessLogRow> rows = store.accessLog(owner, documentId, applicationId, SERVED_ACTIONS, after, size + 1);
        List<AccessLogEntry> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            items.add(views.logEntry(rows.get(i), language));
        }
        AccessLogEntryList page = new AccessLogEntryList(items);
        if (rows.size() > size) {
            AccessLogRow last = rows.get(size - 1);
            page.setNextPageToken(tokens.issue(new Cursor(last.accessedAt(), last.id()).encode(), filters));
        }
        return page;
    }

    Optional<DocumentRow> find(String id) {
        return store.document(id);
    }
}
