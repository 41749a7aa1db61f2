package id.mpp.server.http.document;

import id.mpp.server.domain.service.ServiceDirectory;
import id.mpp.server.generated.model.AccessActor;
import id.mpp.server.generated.model.AccessActorType;
import id.mpp.server.generated.model.AccessLogEntry;
import id.mpp.server.generated.model.Document;
import id.mpp.server.generated.model.DocumentAccessAction;
import id.mpp.server.generated.model.DocumentCategory;
import id.mpp.server.generated.model.DocumentGrant;
import id.mpp.server.generated.model.DocumentGrantStatus;
import id.mpp.server.generated.model.DocumentIssuance;
import id.mpp.server.generated.model.DocumentMediaType;
import id.mpp.server.generated.model.DocumentOrigin;
import id.mpp.server.generated.model.DocumentStatus;
import id.mpp.server.generated.model.DocumentType;
import id.mpp.server.generated.model.DocumentVerification;
import id.mpp.server.generated.model.DocumentVerificationOutcome;
import id.mpp.server.generated.model.IssuedDocumentIssuer;
import id.mpp.server.generated.model.IssuedDocumentStatus;
import id.mpp.server.generated.model.IssuedDocumentVerification;
import id.mpp.server.generated.model.LocalizedText;
import id.mpp.server.http.Language;
import id.mpp.server.storage.agency.AgencyRepository;
import id.mpp.server.storage.agency.AgencyRow;
import id.mpp.server.storage.document.AccessLogRow;
import id.mpp.server.storage.document.DocumentRow;
import id.mpp.server.storage.document.DocumentTypeRow;
import id.mpp.server.storage.document.GrantRow;
import id.mpp.server.storage.document.IssuedRow;
import id.mpp.server.storage.document.VaultStore;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The vault's rows as the contract's models, in the negotiated language. */
@Singleton
class DocumentViews {

    private final VaultStore store;
    private final AgencyRepository agencies;
    private final BeanProvider<ServiceDirectory> services;
    private final DocumentUploads uploads;

    DocumentViews(VaultStore store, AgencyRepository agencies, BeanProvider<ServiceDirectory> services,
            DocumentUploads uploads) {
        this.store = store;
        this.agencies = agencies;
        this.services = services;
        this.uploads = uploads;
    }

    DocumentType type(DocumentTypeRow row, Language language) {
        Set<DocumentMediaType> media = new LinkedHashSet<>();
        row.mediaTypes().forEach(m -> media.add(DocumentMediaType.fromValue(m)));
        boolean en = language == Language.EN;
        DocumentType type = new DocumentType(row.code(), en ? row.nameEn() : row.nameId(),
                new LocalizedText(row.nameId(), row.nameEn()), DocumentCategory.fromValue(row.category()),
                en ? row.issuingAuthorityEn() : row.issuingAuthorityId(), media, uploads.servedLimit(row),
                row.issuedAsServiceOutput(), row.specificPersonalData());
        type.setDescription(en ? row.descriptionEn() : row.descriptionId());
        return type;
    }

    /**
     * The citizen's view ({@code viewerAgency} null, with {@code open_application_count}), or an officer's view of
     * agency {@code viewerAgency}: no count, and the application and officer of a decision or an issuance only when
     * they are the viewer's agency's.
     */
    Document document(DocumentRow row, Language language, String viewerAgency) {
        Optional<DocumentTypeRow> type = store.type(row.typeCode());
        Document doc = new Document(row.id(), row.ownerId(), row.typeCode(), row.title(), row.fileName(),
                DocumentMediaType.fromValue(row.mediaType()), row.sizeBytes(), row.sha256(),
                DocumentStatus.fromValue(row.status()), DocumentOrigin.fromValue(row.origin()), row.version(),
                time(row.createdAt()), time(row.updatedAt()));
        type.ifPresent(t -> doc.setDocumentTypeName(language == Language.EN ? t.nameEn() : t.nameId()));
        DocumentRow.Verification v = row.verification();
        if (v != null) {
            DocumentVerification verification = new DocumentVerification(
                    DocumentVerificationOutcome.fromValue(v.status()), v.agencyId(), agencyName(v.agencyId(), language),
                    time(v.verifiedAt()));
            boolean own = viewerAgency == null || viewerAgency.equals(v.agencyId());
            if (own) {
                verification.setVerifiedBy(v.verifiedBy());
                verification.setApplicationId(v.applicationId());
                verification.setTrackingNumber(v.trackingNumber());
            }
            if (v.reason() != null) {
                verification.setReason(v.reason());
            }
            doc.setVerification(verification);
        }
        if (row.issuedCode() != null) {
            store.issued(row.issuedCode()).ifPresent(issued -> {
                DocumentIssuance issuance = new DocumentIssuance(issued.agencyId(),
                        agencyName(issued.agencyId(), language), issued.verificationCode(), time(issued.issuedAt()),
                        IssuedDocumentStatus.fromValue(issued.status()));
                if (viewerAgency == null || viewerAgency.equals(issued.agencyId())) {
                    issuance.setApplicationId(issued.applicationId());
                    issuance.setTrackingNumber(issued.trackingNumber());
                }
                if (issued.revokedAt() != null) {
                    issuance.setRevokedAt(time(issued.revokedAt()));
                }
                doc.setIssued(issuance);
            });
        }
        if (viewerAgency == null) {
            doc.setOpenApplicationCount((int) store.grantsInUse(row.id()).stream()
                    .map(GrantRow::applicationId).distinct().count());
        }
        return doc;
    }

    DocumentGrant grant(GrantRow row, Instant now, Language language) {
        DocumentGrant grant = new DocumentGrant(row.id(), row.documentId(), row.typeCode(), row.applicationId(),
                row.trackingNumber(), row.agencyId(), agencyName(row.agencyId(), language), time(row.grantedAt()),
                row.activeAt(now) ? DocumentGrantStatus.ACTIVE : DocumentGrantStatus.EXPIRED);
        if (row.serviceId() != null) {
            grant.setServiceId(row.serviceId());
            if (services.isPresent()) {
                services.get().find(row.serviceId()).ifPresent(service ->
                        grant.setServiceName(language == Language.EN ? service.nameEn() : service.nameId()));
            }
        }
        if (row.expiresAt() != null) {
            grant.setExpiresAt(time(row.expiresAt()));
        }
        return grant;
    }

    AccessLogEntry logEntry(AccessLogRow row, Language language) {
        AccessActor actor = new AccessActor(AccessActorType.fromValue(row.actorType()), row.clientName());
        if (row.agencyId() != null) {
            actor.setAgencyId(row.agencyId());
            actor.setAgencyName(agencyName(row.agencyId(), language));
        }
        if (row.officerName() != null) {
            actor.setOfficerName(row.officerName());
        }
        AccessLogEntry entry = new AccessLogEntry(row.id(), row.documentId(), row.typeCode(), time(row.accessedAt()),
                DocumentAccessAction.fromValue(row.action()), actor);
        if (row.applicationId() != null) {
            entry.setApplicationId(row.applicationId());
            entry.setTrackingNumber(row.trackingNumber());
        }
        return entry;
    }

    IssuedDocumentVerification issued(IssuedRow row, Language language) {
        Optional<AgencyRow> agency = agencies.findById(row.agencyId());
        String typeName = store.type(row.typeCode())
                .map(t -> language == Language.EN ? t.nameEn() : t.nameId()).orElse(row.typeCode());
        IssuedDocumentVerification answer = new IssuedDocumentVerification(row.verificationCode(),
                IssuedDocumentStatus.fromValue(row.status()), row.typeCode(), typeName, row.title(),
                new IssuedDocumentIssuer(row.agencyId(), agencyName(row.agencyId(), language),
                        agency.map(AgencyRow::regionCode).orElse("00.00")),
                time(row.issuedAt()), row.sha256(), row.holderNameMasked());
        if (row.revokedAt() != null) {
            answer.setRevokedAt(time(row.revokedAt()));
        }
        return answer;
    }

    String agencyName(String agencyId, Language language) {
        return agencies.findById(agencyId)
                .map(a -> language == Language.EN ? a.nameEn() : a.nameId())
                .orElse(agencyId);
    }

    static ZonedDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
