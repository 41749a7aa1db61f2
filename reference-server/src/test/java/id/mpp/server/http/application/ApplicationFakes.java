package id.mpp.server.http.application;

import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.service.ServiceDefinition;
import id.mpp.server.domain.service.ServiceDefinition.RequirementRule;
import id.mpp.server.domain.service.ServiceDirectory;
import id.mpp.server.domain.vault.ApplicationVault;
import id.mpp.server.domain.vault.AttachableDocument;
import id.mpp.server.domain.vault.DocumentGrantRequest;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.domain.vault.IssuedDocumentReceipt;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Small in-memory stand-ins for the ports the applications call (catalogue, vault, events), for the tests of the
 * environment {@value #ENV} only: they test the applications' rules apart from the other parts' storage. The
 * end-to-end test runs on the real implementations.
 */
final class ApplicationFakes {

    static final String ENV = "application-fakes";

    static final String AKTA = "33-02-disdukcapil-akta-kelahiran";
    static final String REKLAME = "33-02-dpmptsp-izin-reklame";
    static final String SIP = "33-02-dpmptsp-sip-dokter";
    static final String KK_UPDATE = "33-02-disdukcapil-perubahan-kk";
    static final String SURAKARTA = "33-72-disdukcapil-akta-kematian";

    private ApplicationFakes() {
    }

    static Map<String, Object> aktaSchema() {
        return Map.of("type", "object", "additionalProperties", false,
                "required", List.of("nama_bayi", "tanggal_lahir", "jenis_kelamin"),
                "properties", Map.of(
                        "nama_bayi", Map.of("type", "string", "minLength", 2, "maxLength", 100),
                        "tanggal_lahir", Map.of("type", "string", "format", "date"),
                        "tempat_lahir", Map.of("type", "string"),
                        "jenis_kelamin", Map.of("type", "string", "enum", List.of("LAKI_LAKI", "PEREMPUAN")),
                        "anak_ke", Map.of("type", "integer", "minimum", 1, "maximum", 20)));
    }

    @Singleton
    @Requires(env = ENV)
    @Replaces(ServiceDirectory.class)
    static final class Services implements ServiceDirectory {
        private final Map<String, ServiceDefinition> services = Map.of(
                AKTA, new ServiceDefinition(AKTA, "33.02", "33-02-disdukcapil", "Penerbitan Akta Kelahiran",
                        "Birth certificate", true, "urn:mpp:acr:email", 3, aktaSchema(), List.of(
                                new RequirementRule("SURAT_KETERANGAN_LAHIR", true, List.of("UPLOADED", "VERIFIED")),
                                new RequirementRule("KK", true, List.of("UPLOADED", "VERIFIED")),
                                new RequirementRule("KTP_EL", true, List.of("VERIFIED")),
                                new RequirementRule("AKTA_NIKAH", false, List.of("UPLOADED", "VERIFIED"))),
                        "AKTA_KELAHIRAN", "Kutipan Akta Kelahiran"),
                KK_UPDATE, new ServiceDefinition(KK_UPDATE, "33.02", "33-02-disdukcapil", "Perubahan Data KK",
                        "Family card update", true, "urn:mpp:acr:basic", 5, Map.of("type", "object"),
                        List.of(new RequirementRule("KK", false, List.of("UPLOADED", "VERIFIED"))), "KK",
                        "Kartu Keluarga"),
                REKLAME, new ServiceDefinition(REKLAME, "33.02", "33-02-dpmptsp", "Izin Reklame", "Billboard permit",
                        false, "urn:mpp:acr:basic", 5, Map.of("type", "object"), List.of(), "SURAT_IZIN_USAHA",
                        "Izin Reklame"),
                SIP, new ServiceDefinition(SIP, "33.02", "33-02-dpmptsp", "Surat Izin Praktik Dokter",
                        "Practice licence", true, "urn:mpp:acr:nik", 10, Map.of("type", "object"), List.of(), "SIP",
                        "Surat Izin Praktik"),
                SURAKARTA, new ServiceDefinition(SURAKARTA, "33.72", "33-72-disdukcapil", "Akta Kematian",
                        "Death certificate", true, "urn:mpp:acr:basic", 3, Map.of("type", "object"), List.of(),
                        "AKTA_KEMATIAN", "Kutipan Akta Kematian"));

        @Override
        public Optional<ServiceDefinition> find(String serviceId) {
            return Optional.ofNullable(services.get(serviceId));
        }
    }

    /** A document in the fake vault. */
    record Doc(String id, String owner, String type, String status) {
    }

    /** A grant in the fake vault. */
    record Grant(String applicationId, String agencyId, String documentId, Instant grantedAt, Instant endedAt,
            Instant closedAt) {
    }

    @Singleton
    @Requires(env = ENV)
    @Replaces(ApplicationVault.class)
    static final class Vault implements ApplicationVault {
        final Map<String, Doc> documents = new ConcurrentHashMap<>();
        final List<Grant> grants = new CopyOnWriteArrayList<>();
        final List<DocumentIssue> issued = new CopyOnWriteArrayList<>();

        String add(String owner, String type, String status) {
            String id = "doc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
            documents.put(id, new Doc(id, owner, type, status));
            return id;
        }

        void setStatus(String id, String status) {
            Doc doc = documents.get(id);
            documents.put(id, new Doc(id, doc.owner(), doc.type(), status));
        }

        List<Grant> grantsOf(String applicationId) {
            return grants.stream().filter(g -> g.applicationId().equals(applicationId)).toList();
        }

        @Override
        public List<AttachableDocument> findOwned(String ownerAccountId, Collection<String> documentIds) {
            List<AttachableDocument> owned = new ArrayList<>();
            for (String id : documentIds) {
                Doc doc = documents.get(id);
                if (doc != null && doc.owner().equals(ownerAccountId)) {
                    owned.add(new AttachableDocument(doc.id(), doc.type(), doc.status()));
                }
            }
            return owned;
        }

        @Override
        public void grant(DocumentGrantRequest request) {
            request.documentIds().forEach(id -> grants.add(new Grant(request.applicationId(), request.agencyId(), id,
                    request.grantedAt(), null, null)));
        }

        @Override
        public synchronized void endGrant(String applicationId, String documentId, Instant at) {
            for (Grant g : grantsOf(applicationId)) {
                if (g.documentId().equals(documentId) && g.endedAt() == null) {
                    grants.set(grants.indexOf(g), new Grant(g.applicationId(), g.agencyId(), g.documentId(),
                            g.grantedAt(), at, g.closedAt()));
                }
            }
        }

        @Override
        public synchronized void closeGrants(String applicationId, Instant closedAt) {
            for (Grant g : grantsOf(applicationId)) {
                grants.set(grants.indexOf(g), new Grant(g.applicationId(), g.agencyId(), g.documentId(),
                        g.grantedAt(), g.endedAt(), closedAt));
            }
        }

        @Override
        public IssuedDocumentReceipt issue(DocumentIssue issue) {
            issued.add(issue);
            String id = add(issue.ownerAccountId(), issue.typeCode(), "VERIFIED");
            return new IssuedDocumentReceipt(id, issue.verificationCode());
        }
    }

    @Singleton
    @Requires(env = ENV)
    @Replaces(EventRecorder.class)
    static final class Events implements EventRecorder {
        final List<NewEvent> recorded = new CopyOnWriteArrayList<>();

        List<NewEvent> of(String applicationId) {
            return recorded.stream().filter(e -> applicationId.equals(e.applicationId())).toList();
        }

        @Override
        public String record(NewEvent event) {
            recorded.add(event);
            return "evt_" + recorded.size();
        }
    }
}
