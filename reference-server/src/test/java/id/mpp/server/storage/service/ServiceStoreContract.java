package id.mpp.server.storage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.service.CatalogueRequirement;
import id.mpp.server.domain.service.CatalogueService;
import id.mpp.server.domain.service.FormSchemaValidator;
import id.mpp.server.domain.service.ServiceDefinition;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the service store must do on every database the server supports: migration V10 creates and seeds the
 * catalogue, and the queries answer the same on H2 and PostgreSQL. Each subclass names a database.
 */
abstract class ServiceStoreContract {

    private static final ServiceFilter ACTIVE = new ServiceFilter(null, null, null, true);
    private static final ServiceFilter RETIRED = new ServiceFilter(null, null, null, false);
    private static final Set<String> DOCUMENT_TYPES = Set.of("KTP_EL", "KK", "AKTA_KELAHIRAN", "AKTA_NIKAH",
            "AKTA_KEMATIAN", "IJAZAH", "PAS_FOTO", "NPWP", "NIB", "SURAT_KETERANGAN_DOMISILI", "SURAT_PENGANTAR_RT_RW",
            "SKCK", "SURAT_KETERANGAN_SEHAT", "SURAT_KETERANGAN_LAHIR", "SERTIFIKAT_TANAH", "STR", "SIP", "PBG",
            "SURAT_IZIN_USAHA", "SURAT_KETERANGAN_PINDAH");

    @Inject
    JdbcServiceStore store;

    private List<CatalogueService> all() {
        List<CatalogueService> all = new ArrayList<>(store.findAll(ACTIVE));
        all.addAll(store.findAll(RETIRED));
        return all;
    }

    @Test
    @DisplayName("The seed holds 21 services of seven agencies in three regions, one retired, every assurance level")
    void seedHoldsRealisticServices() {
        List<CatalogueService> all = all();

        assertThat(all).hasSize(21);
        assertThat(new HashSet<>(all.stream().map(CatalogueService::agencyId).toList())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(new HashSet<>(all.stream().map(CatalogueService::regionCode).toList()))
                .containsExactlyInAnyOrder("33.02", "33.72", "34.71");
        assertThat(store.findAll(RETIRED)).extracting(CatalogueService::id).containsExactly("33-02-dpmptsp-siup");
        assertThat(new HashSet<>(all.stream().map(CatalogueService::minimumAcr).toList())).containsExactlyInAnyOrder(
                "urn:mpp:acr:basic", "urn:mpp:acr:email", "urn:mpp:acr:nik");
        assertThat(new HashSet<>(all.stream().map(CatalogueService::feeKind).toList())).containsExactlyInAnyOrder(
                "FREE", "RETRIBUSI", "PNBP");
        assertThat(all).allSatisfy(service -> {
            assertThat(service.id()).matches("^[a-z0-9][a-z0-9-]{1,95}$").startsWith(service.agencyId());
            assertThat(service.id().substring(0, 5).replace('-', '.')).isEqualTo(service.regionCode());
        });
    }

    @Test
    @DisplayName("A service is read once and shared: pages answer the same object, and its form schema cannot change")
    void servicesAreSharedAndFrozen() {
        CatalogueService service = store.findService("33-02-disdukcapil-akta-kelahiran").orElseThrow();
        assertThat(store.findService(service.id())).containsSame(service);
        assertThat(store.findAll(new ServiceFilter("33.02", null, null, true)))
                .filteredOn(found -> found.id().equals(service.id())).singleElement().isSameAs(service);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) service.formSchema().get("properties");
        assertThatThrownBy(() -> properties.put("extra", Map.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(store.findService("no-such-service")).isEmpty();
    }

    @Test
    @DisplayName("CAT-010: every service is complete: requirements, SLA, fee and fee kind, legal basis, output, acr")
    void everyServiceIsComplete() {
        assertThat(all()).allSatisfy(service -> {
            List<String> types = service.requirements().stream().map(CatalogueRequirement::documentType).toList();
            assertThat(types).as(service.id()).doesNotHaveDuplicates().isNotEmpty();
            assertThat(DOCUMENT_TYPES).as(service.id()).containsAll(types).contains(service.outputDocumentType());
            assertThat(service.requirements()).as(service.id()).allSatisfy(requirement -> {
                assertThat(requirement.acceptedStatuses()).isNotEmpty().doesNotContain("REJECTED")
                        .isSubsetOf("UPLOADED", "VERIFIED");
                assertThat(requirement.name().id()).isNotBlank();
                assertThat(requirement.name().en()).isNotBlank();
            });
            assertThat(service.slaWorkingDays()).as(service.id()).isBetween(1, 365);
            assertThat(service.feeAmount() == 0).as(service.id()).isEqualTo("FREE".equals(service.feeKind()));
            assertThat(service.legalBasis()).as(service.id()).isNotEmpty().allSatisfy(law ->
                    assertThat(law).hasSizeLessThanOrEqualTo(300));
            assertThat(service.outputDescription().id()).isNotBlank();
            assertThat(service.name().en()).isNotBlank();
            assertThat(service.description().en()).isNotBlank();
            assertThat(service.agencyName().id()).isNotBlank();
        });
    }

    @Test
    @DisplayName("CAT-011: every seeded form schema keeps to the contract's keyword subset, root object, snake_case")
    void everyFormSchemaIsInTheSubset() {
        assertThat(all()).allSatisfy(service -> {
            assertThat(FormSchemaValidator.subsetViolations(service.formSchema())).as(service.id()).isEmpty();
            assertThat(service.formSchema()).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema")
                    .containsEntry("type", "object").containsEntry("additionalProperties", false);
            assertThat(FormSchemaValidator.validate(service.formSchema(), Map.of())).as(service.id())
                    .isNotEmpty().allMatch(violation -> violation.code().equals("REQUIRED"));
        });
    }

    @Test
    @DisplayName("The directory seam answers a definition with the parsed form schema, active or not, and empty for unknown")
    void directoryAnswersDefinitions() {
        ServiceDefinition birth = store.find("33-02-disdukcapil-akta-kelahiran").orElseThrow();

        assertThat(birth.agencyId()).isEqualTo("33-02-disdukcapil");
        assertThat(birth.regionCode()).isEqualTo("33.02");
        assertThat(birth.nameId()).isEqualTo("Penerbitan Akta Kelahiran");
        assertThat(birth.nameEn()).isEqualTo("Birth Certificate Issuance");
        assertThat(birth.active()).isTrue();
        assertThat(birth.minimumAcr()).isEqualTo("urn:mpp:acr:nik");
        assertThat(birth.slaWorkingDays()).isEqualTo(3);
        assertThat(birth.outputDocumentType()).isEqualTo("AKTA_KELAHIRAN");
        assertThat(birth.requirements()).extracting(ServiceDefinition.RequirementRule::documentType)
                .containsExactly("SURAT_KETERANGAN_LAHIR", "KK", "KTP_EL", "AKTA_NIKAH");
        assertThat(birth.requirements().get(2).acceptedStatuses()).containsExactly("VERIFIED");
        assertThat(birth.requirements().get(3).required()).isFalse();
        assertThat(birth.formSchema().get("required")).isEqualTo(
                List.of("nama_bayi", "tanggal_lahir", "tempat_lahir", "jenis_kelamin", "nama_ibu"));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) birth.formSchema().get("properties");
        assertThat(properties.keySet()).containsExactly("nama_bayi", "tanggal_lahir", "tempat_lahir",
                "jenis_kelamin", "anak_ke", "nama_ayah", "nama_ibu");
        assertThat(properties.get("anak_ke")).isEqualTo(Map.of("type", "integer", "title", "Anak ke-",
                "minimum", 1, "maximum", 20));

        assertThat(store.find("33-02-dpmptsp-siup")).hasValueSatisfying(siup -> assertThat(siup.active()).isFalse());
        assertThat(store.find("99-99-unknown")).isEmpty();
    }

    @Test
    @DisplayName("Keyset pages follow region, name in the language, ID and yield every service exactly once")
    void keysetPagesCoverEverything() {
        for (boolean english : List.of(false, true)) {
            List<String> seen = new ArrayList<>();
            List<CatalogueService> page = store.findPage(ACTIVE, english, null, null, null, 4);
            while (!page.isEmpty()) {
                page.forEach(service -> seen.add(service.id()));
                CatalogueService last = page.get(page.size() - 1);
                page = store.findPage(ACTIVE, english, last.regionCode(), last.name().in(english), last.id(), 4);
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize(20);
            List<CatalogueService> oneGo = store.findPage(ACTIVE, english, null, null, null, 100);
            assertThat(oneGo).extracting(CatalogueService::id).containsExactlyElementsOf(seen);
            assertThat(oneGo).extracting(CatalogueService::regionCode).isSorted();
        }
    }

    @Test
    @DisplayName("Filters by region, agency and fee kind combine (AND)")
    void filtersCombine() {
        assertThat(store.findAll(new ServiceFilter("33.72", null, null, true))).hasSize(3)
                .allMatch(service -> service.regionCode().equals("33.72"));
        assertThat(store.findAll(new ServiceFilter(null, "33-02-dpmptsp", null, true)))
                .extracting(CatalogueService::id).containsExactlyInAnyOrder("33-02-dpmptsp-izin-usaha",
                        "33-02-dpmptsp-pbg", "33-02-dpmptsp-sip-bidan", "33-02-dpmptsp-sip-dokter",
                        "33-02-dpmptsp-sip-perawat");
        assertThat(store.findAll(new ServiceFilter("33.02", null, "RETRIBUSI", true)))
                .extracting(CatalogueService::id).containsExactlyInAnyOrder("33-02-dpmptsp-pbg",
                        "33-02-dinkes-surat-keterangan-sehat");
        assertThat(store.findAll(new ServiceFilter(null, null, "PNBP", true)))
                .extracting(CatalogueService::id).containsExactly("33-02-polresta-banyumas-skck");
        assertThat(store.findAll(new ServiceFilter("34.71", "33-02-dpmptsp", null, true))).isEmpty();
        assertThat(store.findPage(new ServiceFilter("34.71", null, "FREE", true), false, null, null, null, 10))
                .extracting(CatalogueService::id).containsExactlyInAnyOrder("34-71-disdukcapil-akta-kelahiran",
                        "34-71-disdukcapil-akta-perkawinan", "34-71-disdukcapil-pindah-keluar",
                        "34-71-dpmptsp-sip-apoteker");
    }
}
