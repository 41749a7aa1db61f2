package id.mpp.server.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.service.ServiceDefinition.RequirementRule;
import id.mpp.server.domain.vault.AttachableDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequirementCheckTest {

    private static final List<RequirementRule> RULES = List.of(
            new RequirementRule("SURAT_KETERANGAN_LAHIR", true, List.of("UPLOADED", "VERIFIED")),
            new RequirementRule("KK", true, List.of("VERIFIED")),
            new RequirementRule("KTP_EL", true, List.of("UPLOADED", "VERIFIED")),
            new RequirementRule("AKTA_NIKAH", false, List.of("UPLOADED", "VERIFIED")));

    private static final List<AttachableDocument> OWNED = List.of(
            new AttachableDocument("doc_SKL", "SURAT_KETERANGAN_LAHIR", "UPLOADED"),
            new AttachableDocument("doc_KK", "KK", "VERIFIED"),
            new AttachableDocument("doc_KK_NEW", "KK", "UPLOADED"),
            new AttachableDocument("doc_KTP", "KTP_EL", "VERIFIED"),
            new AttachableDocument("doc_KTP_BAD", "KTP_EL", "REJECTED"),
            new AttachableDocument("doc_NPWP", "NPWP", "VERIFIED"));

    @Test
    @DisplayName("Every required type present and acceptable: no violation; optional ones may be left out")
    void allGood() {
        assertThat(RequirementCheck.check(List.of(new AttachedDocument("SURAT_KETERANGAN_LAHIR", "doc_SKL"),
                new AttachedDocument("KK", "doc_KK"), new AttachedDocument("KTP_EL", "doc_KTP")), OWNED, RULES))
                .isEmpty();
    }

    @Test
    @DisplayName("APP-004, APP-008: each missing required type at #/documents, then every offending document in order")
    void everyViolation() {
        List<RequirementViolation> violations = RequirementCheck.check(List.of(
                new AttachedDocument("KTP_EL", "doc_KTP_BAD"),
                new AttachedDocument("KK", "doc_KK_NEW"),
                new AttachedDocument("AKTA_NIKAH", "doc_unknown"),
                new AttachedDocument("NPWP", "doc_NPWP")), OWNED, RULES);

        assertThat(violations).extracting(RequirementViolation::pointer, RequirementViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#/documents", "REQUIRED_DOCUMENT_MISSING"),
                org.assertj.core.groups.Tuple.tuple("#/documents/0", "DOCUMENT_REJECTED"),
                org.assertj.core.groups.Tuple.tuple("#/documents/1", "DOCUMENT_STATUS_NOT_ACCEPTED"),
                org.assertj.core.groups.Tuple.tuple("#/documents/2", "DOCUMENT_NOT_FOUND"),
                org.assertj.core.groups.Tuple.tuple("#/documents/3", "NOT_A_REQUIREMENT"));
        assertThat(violations.get(0).documentType()).isEqualTo("SURAT_KETERANGAN_LAHIR");
    }

    @Test
    @DisplayName("APP-006: a vault document of another type than the one named is a type mismatch")
    void typeMismatch() {
        assertThat(RequirementCheck.check(List.of(new AttachedDocument("SURAT_KETERANGAN_LAHIR", "doc_KK"),
                new AttachedDocument("KK", "doc_KK"), new AttachedDocument("KTP_EL", "doc_KTP")), OWNED, RULES))
                .singleElement().satisfies(v -> {
                    assertThat(v.pointer()).isEqualTo("#/documents/0");
                    assertThat(v.code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
                });
    }

    @Test
    @DisplayName("A revision: types the application keeps count as present")
    void revisionKeepsTypes() {
        assertThat(RequirementCheck.check(List.of(new AttachedDocument("KK", "doc_KK")), OWNED, RULES,
                Set.of("SURAT_KETERANGAN_LAHIR", "KTP_EL"))).isEmpty();
    }

    @Test
    @DisplayName("APP-039: the index of the second document of a repeated type")
    void duplicates() {
        assertThat(RequirementCheck.firstDuplicateType(List.of(new AttachedDocument("KK", "a"),
                new AttachedDocument("KTP_EL", "b"), new AttachedDocument("KK", "c")))).hasValue(2);
        assertThat(RequirementCheck.firstDuplicateType(List.of(new AttachedDocument("KK", "a")))).isEmpty();
    }
}
