package id.mpp.server.storage.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.domain.satisfaction.SatisfactionTally;
import id.mpp.server.domain.satisfaction.SurveyAnswer;
import id.mpp.server.domain.satisfaction.SurveyAnswer.RespondentProfile;
import id.mpp.server.domain.satisfaction.SurveyElement;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the survey store must do on every database the server supports (V11). Each test uses services of its own
 * (the store is shared by the class's tests), so that no test depends on another's rows.
 */
abstract class SurveyStoreContract {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    JdbcSurveyStore store;

    private static Map<SurveyElement, Integer> scores(int... values) {
        Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            scores.put(element, values[element.ordinal()]);
        }
        return scores;
    }

    private static final Ulids IDS = new Ulids(java.time.Clock.systemUTC());

    private static String applicationId() {
        return IDS.next("app_");
    }

    private static SurveyAnswer answer(String serviceId, String agencyId, Instant at, int... values) {
        return new SurveyAnswer(applicationId(), serviceId, agencyId, "33.02", "acc_TEST", scores(values), null, null,
                at);
    }

    @Test
    @DisplayName("A response is recorded once and read back unchanged; a second one for the application is refused")
    void recordsOnce() {
        Instant at = Instant.parse("2026-11-24T09:03:51.123456Z");
        SurveyAnswer first = new SurveyAnswer(applicationId(), "33-02-disdukcapil-akta-kelahiran", "33-02-disdukcapil",
                "33.02", "acc_01JD8R0B2C3D4E5F6G7H8J9K0M", scores(4, 3, 4, 4, 4, 3, 4, 3, 3),
                "Akta kelahiran terbit sebelum batas waktu 😀.",
                new RespondentProfile("AGE_30_TO_39", "PEREMPUAN", "D4_S1", "SWASTA"), at);

        assertThat(store.answered(first.applicationId())).isFalse();
        assertThat(store.insert(first, JAKARTA)).isTrue();
        assertThat(store.answered(first.applicationId())).isTrue();
        assertThat(store.find(first.applicationId())).hasValue(first);

        SurveyAnswer second = new SurveyAnswer(first.applicationId(), first.serviceId(), first.agencyId(), "33.02",
                first.applicantAccountId(), scores(1, 1, 1, 1, 1, 1, 1, 1, 1), null, null, at.plusSeconds(60));
        assertThat(store.insert(second, JAKARTA)).isFalse();
        assertThat(store.find(first.applicationId())).hasValue(first);
        assertThat(store.find(applicationId())).isEmpty();
    }

    @Test
    @DisplayName("Tallies count responses whose date in the region's time zone is in the period, by service and agency")
    void talliesByRegionDate() {
        String sipDokter = "33-02-dpmptsp-sip-dokter";
        String sipBidan = "33-02-dpmptsp-sip-bidan";
        String agency = "33-02-dpmptsp";
        // 30 September 2026 23:30 WIB is 16:30 UTC: September in Banyumas.
        store.insert(answer(sipDokter, agency, Instant.parse("2026-09-30T16:30:00Z"), 4, 4, 4, 4, 4, 4, 4, 4, 4),
                JAKARTA);
        // 30 September 2026 17:30 UTC is 1 October 00:30 WIB: October.
        store.insert(answer(sipDokter, agency, Instant.parse("2026-09-30T17:30:00Z"), 1, 2, 3, 4, 1, 2, 3, 4, 1),
                JAKARTA);
        store.insert(answer(sipBidan, agency, Instant.parse("2026-10-15T03:00:00Z"), 3, 3, 3, 3, 3, 3, 3, 3, 2),
                JAKARTA);

        SatisfactionTally september = store.tallyOfService(sipDokter, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30));
        assertThat(september.respondents()).isEqualTo(1);
        assertThat(september.total()).isEqualTo(36);

        SatisfactionTally october = store.tallyOfService(sipDokter, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31));
        assertThat(october.respondents()).isEqualTo(1);
        assertThat(october.sums().get(SurveyElement.WAKTU_PENYELESAIAN)).isEqualTo(3);

        SatisfactionTally both = store.tallyOfService(sipDokter, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        assertThat(both.respondents()).isEqualTo(2);
        assertThat(both.sums().get(SurveyElement.PERSYARATAN)).isEqualTo(5);

        SatisfactionTally agencyOctober = store.tallyOfAgency(agency, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31));
        assertThat(agencyOctober.respondents()).isEqualTo(2);
        assertThat(agencyOctober.sums().get(SurveyElement.SARANA_PRASARANA)).isEqualTo(3);
        assertThat(store.tallyOfAgency(agency, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)).respondents())
                .isEqualTo(3);

        SatisfactionTally none = store.tallyOfService(sipDokter, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(none.respondents()).isZero();
        assertThat(none.total()).isZero();
    }
}
