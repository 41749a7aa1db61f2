package id.mpp.server.http.satisfaction;

import id.mpp.server.domain.account.FieldError;
import id.mpp.server.domain.satisfaction.SatisfactionIndex;
import id.mpp.server.domain.satisfaction.SatisfactionTally;
import id.mpp.server.domain.satisfaction.SurveyElement;
import id.mpp.server.domain.satisfaction.SurveyPeriod;
import id.mpp.server.domain.service.CatalogueService;
import id.mpp.server.generated.model.AgencySatisfaction;
import id.mpp.server.generated.model.ElementSatisfaction;
import id.mpp.server.generated.model.SatisfactionGrade;
import id.mpp.server.generated.model.SatisfactionPeriod;
import id.mpp.server.generated.model.ServiceSatisfaction;
import id.mpp.server.http.Language;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.agency.AgencyRepository;
import id.mpp.server.storage.agency.AgencyRow;
import id.mpp.server.storage.region.RegionRepository;
import id.mpp.server.storage.region.RegionRow;
import id.mpp.server.storage.satisfaction.JdbcSurveyStore;
import id.mpp.server.storage.service.JdbcServiceStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * getServiceSatisfaction and getAgencySatisfaction (SKM-007 to SKM-012): the IKM of a service, or of an agency over
 * the responses for all its services together (each response counted once), over whole calendar months in the
 * region's dates. Computed from the stored responses at each request ({@code computed_at} is now); only counts and
 * aggregates, and no score at all below the minimum number of respondents.
 */
@Singleton
public class SatisfactionResults {

    private final JdbcSurveyStore store;
    private final JdbcServiceStore services;
    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final SatisfactionSettings settings;
    private final Clock clock;

    SatisfactionResults(JdbcSurveyStore store, JdbcServiceStore services, AgencyRepository agencies,
                        RegionRepository regions, SatisfactionSettings settings, Clock clock) {
        this.store = store;
        this.services = services;
        this.agencies = agencies;
        this.regions = regions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The service's result for the period (from_date, to_date; null for the default). */
    public ServiceSatisfaction ofService(String serviceId, LocalDate from, LocalDate to, Language language) {
        CatalogueService service = services.findService(serviceId)
                .orElseThrow(() -> ProblemException.notFound("detail.service-not-found", serviceId));
        SurveyPeriod period = period(from, to, service.regionCode());
        SatisfactionTally tally = store.tallyOfService(serviceId, period.from(), period.to());
        ServiceSatisfaction result = new ServiceSatisfaction(serviceId, service.name().in(language == Language.EN),
                period(period), (int) tally.respondents(), settings.getMinimumRespondents(), now());
        if (published(tally)) {
            SatisfactionIndex index = SatisfactionIndex.of(tally);
            result.elements(elements(index)).ikm(index.ikm().doubleValue()).ikmIndex(index.index().doubleValue())
                    .grade(SatisfactionGrade.fromValue(index.grade().name()))
                    .gradeLabel(index.grade().label(language == Language.EN));
        }
        return result;
    }

    /** The agency's result for the period (from_date, to_date; null for the default). */
    public AgencySatisfaction ofAgency(String agencyId, LocalDate from, LocalDate to, Language language) {
        AgencyRow agency = agencies.findById(agencyId)
                .orElseThrow(() -> ProblemException.notFound("detail.agency-not-found", agencyId));
        SurveyPeriod period = period(from, to, agency.regionCode());
        SatisfactionTally tally = store.tallyOfAgency(agencyId, period.from(), period.to());
        AgencySatisfaction result = new AgencySatisfaction(agencyId,
                language == Language.EN ? agency.nameEn() : agency.nameId(), period(period),
                (int) tally.respondents(), settings.getMinimumRespondents(), now());
        if (published(tally)) {
            SatisfactionIndex index = SatisfactionIndex.of(tally);
            result.elements(elements(index)).ikm(index.ikm().doubleValue()).ikmIndex(index.index().doubleValue())
                    .grade(SatisfactionGrade.fromValue(index.grade().name()))
                    .gradeLabel(index.grade().label(language == Language.EN));
        }
        return result;
    }

    private boolean published(SatisfactionTally tally) {
        return tally.respondents() > 0 && tally.respondents() >= settings.getMinimumRespondents();
    }

    private SurveyPeriod period(LocalDate from, LocalDate to, String regionCode) {
        LocalDate today = LocalDate.now(clock.withZone(zoneOf(regionCode)));
        List<String> problems = SurveyPeriod.problems(from, to);
        if (problems.isEmpty()) {
            SurveyPeriod fallback = SurveyPeriod.defaultOn(today);
            LocalDate start = from == null ? fallback.from() : from;
            LocalDate end = to == null ? fallback.to() : to;
            problems = SurveyPeriod.problems(start, end);
            if (problems.isEmpty()) {
                return new SurveyPeriod(start, end);
            }
        }
        throw new SurveyInputException(problems.stream().map(pointer -> new FieldError(pointer, "INVALID_PERIOD",
                "Periode harus berupa bulan utuh: from_date tanggal 1, to_date tanggal terakhir suatu bulan, dan"
                        + " to_date tidak sebelum from_date.",
                "The period must be whole months: from_date the first day, to_date the last day of a month, and"
                        + " to_date not before from_date.")).toList());
    }

    private ZoneId zoneOf(String regionCode) {
        return regions.findById(regionCode).map(RegionRow::timeZone).map(ZoneId::of)
                .orElse(ZoneId.of("Asia/Jakarta"));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    private static SatisfactionPeriod period(SurveyPeriod period) {
        return new SatisfactionPeriod(period.from(), period.to());
    }

    private static List<ElementSatisfaction> elements(SatisfactionIndex index) {
        return java.util.Arrays.stream(SurveyElement.values())
                .map(element -> new ElementSatisfaction(
                        id.mpp.server.generated.model.SurveyElement.fromValue(element.name()),
                        index.nrr().get(element).doubleValue()))
                .toList();
    }
}
