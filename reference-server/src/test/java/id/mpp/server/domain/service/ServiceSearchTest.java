package id.mpp.server.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.service.CatalogueService.Bilingual;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceSearchTest {

    private static final CatalogueService BIRTH = new CatalogueService("33-02-disdukcapil-akta-kelahiran", "33.02",
            "33-02-disdukcapil", new Bilingual("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas",
                    "Population and Civil Registration Office of Banyumas Regency"),
            new Bilingual("Penerbitan Akta Kelahiran", "Birth Certificate Issuance"),
            new Bilingual("Pencatatan kelahiran bayi.", "Registration of a baby's birth."), List.of(),
            Map.of("type", "object"), 3, 0, "FREE", List.of("UU 24/2013"), "AKTA_KELAHIRAN",
            new Bilingual("Kutipan Akta Kelahiran", "Birth certificate extract"), "urn:mpp:acr:nik", true);

    @Test
    void foldsCaseAndDiacritics() {
        assertThat(ServiceSearch.fold("Penerbitan AKTÁ Kélahiran")).isEqualTo("penerbitan akta kelahiran");
        assertThat(ServiceSearch.fold(null)).isEmpty();
    }

    @Test
    void splitsOnAnythingButLettersAndDigits() {
        assertThat(ServiceSearch.of("  (SKCK),  akta-kelahiran 2026 ").words())
                .containsExactly("skck", "akta", "kelahiran", "2026");
        assertThat(ServiceSearch.of("---").words()).isEmpty();
    }

    @Test
    void everyWordMustOccurSomewhere() {
        assertThat(ServiceSearch.of("akta kelahiran").relevance(BIRTH, false)).isPresent();
        assertThat(ServiceSearch.of("akta paspor").relevance(BIRTH, false)).isEmpty();
        assertThat(ServiceSearch.of("kelahir").relevance(BIRTH, false)).isPresent();
    }

    @Test
    void relevanceWeighsWhereTheWordOccurs() {
        assertThat(ServiceSearch.of("akta").relevance(BIRTH, false)).hasValue(8);
        assertThat(ServiceSearch.of("akta").relevance(BIRTH, true)).hasValue(4);
        assertThat(ServiceSearch.of("birth").relevance(BIRTH, true)).hasValue(8);
        assertThat(ServiceSearch.of("banyumas").relevance(BIRTH, false)).hasValue(2);
        assertThat(ServiceSearch.of("bayi").relevance(BIRTH, false)).hasValue(1);
        assertThat(ServiceSearch.of("akta banyumas bayi").relevance(BIRTH, false)).hasValue(11);
        assertThat(ServiceSearch.of("").relevance(BIRTH, false)).hasValue(0);
    }
}
