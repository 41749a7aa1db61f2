package id.mpp.server.storage.document;

import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.domain.vault.ApplicationVault;
import id.mpp.server.domain.vault.AttachableDocument;
import id.mpp.server.domain.vault.DocumentGrantRequest;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.domain.vault.FileNames;
import id.mpp.server.domain.vault.HolderNames;
import id.mpp.server.domain.vault.IssuedDocumentReceipt;
import id.mpp.server.domain.vault.MediaTypes;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.agency.AgencyRepository;
import id.mpp.server.storage.agency.AgencyRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * The vault as the applications side uses it ({@link ApplicationVault}). Every method joins the caller's
 * transaction (Micronaut's contextual connection, through {@link VaultStore}), so that an application, its grants
 * and its events commit or roll back together. An issued document's bytes are stored (fsynced and renamed) before
 * its row is written: if the caller's transaction rolls back, the blob is an orphan, removed at the next start.
 */
@Singleton
@Transactional
public class VaultApplications implements ApplicationVault {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final String SERVER_CLIENT = "MPP Digital";

    private final VaultStore store;
    private final BlobStore blobs;
    private final VaultSettings settings;
    private final JdbcAccountRepository accounts;
    private final AgencyRepository agencies;
    private final Clock clock;
    private final Ulids ids;
    private final SecureRandom random = new SecureRandom();

    public VaultApplications(VaultStore store, BlobStore blobs, VaultSettings settings,
            JdbcAccountRepository accounts, AgencyRepository agencies, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.settings = settings;
        this.accounts = accounts;
        this.agencies = agencies;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    @Override
    public List<AttachableDocument> findOwned(String ownerAccountId, Collection<String> documentIds) {
        return store.ownedAmong(ownerAccountId, documentIds).stream()
                .map(doc -> new AttachableDocument(doc.id(), doc.typeCode(), doc.status()))
                .toList();
    }

    /** Grants each of the owner's documents among the request's; an ID that is not the owner's is skipped. */
    @Override
    public void grant(DocumentGrantRequest request) {
        Instant at = request.grantedAt() == null ? clock.instant() : request.grantedAt();
        for (DocumentRow doc : store.ownedAmong(request.ownerAccountId(), request.documentIds())) {
            store.insert(new GrantRow(ids.next("dgr_"), doc.id(), doc.ownerId(), doc.typeCode(),
                    request.applicationId(), request.trackingNumber(), request.serviceId(), request.regionCode(),
                    request.agencyId(), at, null, null, null));
            store.append(new AccessLogRow(ids.next("dal_"), doc.id(), doc.ownerId(), doc.typeCode(), at, "GRANT",
                    "SYSTEM", request.agencyId(), null, SERVER_CLIENT, request.applicationId(),
                    request.trackingNumber()));
        }
    }

    @Override
    public void endGrant(String applicationId, String documentId, Instant at) {
        store.endGrants(applicationId, documentId, at);
    }

    @Override
    public void closeGrants(String applicationId, Instant closedAt) {
        store.closeGrants(applicationId, closedAt, closedAt.plus(settings.getGrantRetention()));
    }

    @Override
    public IssuedDocumentReceipt issue(DocumentIssue issue) {
        if (!MediaTypes.stored(issue.mediaType())) {
            throw new IllegalArgumentException("Not a stored media type: " + issue.mediaType());
        }
        DocumentTypeRow type = store.type(issue.typeCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown document type " + issue.typeCode()));
        String code = issue.verificationCode() == null ? newCode() : issue.verificationCode();
        Instant at = (issue.issuedAt() == null ? clock.instant() : issue.issuedAt()).truncatedTo(ChronoUnit.MICROS);
        BlobStore.StoredBlob blob;
        try {
            blob = blobs.put(new ByteArrayInputStream(issue.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String agencyName = agencies.findById(issue.agencyId()).map(AgencyRow::nameId).orElse(issue.agencyId());
        String title = type.nameId();
        String fileName = FileNames.sanitise(issue.fileName(), issue.typeCode(), issue.mediaType());
        String documentId = ids.next("doc_");
        DocumentRow row = new DocumentRow(documentId, issue.ownerAccountId(), issue.typeCode(), title, fileName,
                issue.mediaType(), blob.size(), blob.sha256(), blob.key(), "VERIFIED", DocumentRow.ISSUED, 1, at, at,
                new DocumentRow.Verification("VERIFIED", issue.agencyId(), agencyName, issue.applicationId(),
                        issue.trackingNumber(), at, null), code);
        String holder = accounts.findById(issue.ownerAccountId()).map(a -> a.account().fullName()).orElse("-");
        try {
            store.insert(new IssuedRow(code, documentId, issue.ownerAccountId(), issue.typeCode(), title,
                    blob.sha256(), issue.agencyId(), issue.applicationId(), issue.trackingNumber(), at, "VALID",
                    null, HolderNames.mask(holder)));
            store.insert(row);
        } catch (RuntimeException e) {
            try {
                blobs.destroy(blob.key());
            } catch (IOException ignored) {
                // Removed at the next start.
            }
            throw e;
        }
        return new IssuedDocumentReceipt(documentId, code);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CROCKFORD[random.nextInt(32)]);
        }
        return code.toString();
    }
}
