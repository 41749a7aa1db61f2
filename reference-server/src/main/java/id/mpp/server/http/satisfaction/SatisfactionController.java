package id.mpp.server.http.satisfaction;

import id.mpp.server.domain.satisfaction.SurveyAnswer;
import id.mpp.server.domain.satisfaction.SurveyElement;
import id.mpp.server.generated.model.AgencySatisfaction;
import id.mpp.server.generated.model.RespondentAgeGroup;
import id.mpp.server.generated.model.RespondentEducation;
import id.mpp.server.generated.model.RespondentGender;
import id.mpp.server.generated.model.RespondentOccupation;
import id.mpp.server.generated.model.RespondentProfile;
import id.mpp.server.generated.model.ServiceSatisfaction;
import id.mpp.server.generated.model.SurveyResponse;
import id.mpp.server.generated.model.SurveyScore;
import id.mpp.server.http.Language;
import id.mpp.server.http.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The satisfaction survey's four operations, with the contract's routes, scopes and parameter rules. Written by hand
 * rather than from the generated {@code SatisfactionApi}: the survey answer must list every offence (each missing
 * element, each repeated or unknown one, each score out of range) with the contract's pointers, which the generated
 * body validation, stopping at the array's size or an unknown enum value, cannot do.
 */
@Controller
@Validated
@ExecuteOn(TaskExecutors.BLOCKING)
class SatisfactionController {

    private static final String APPLICATION_ID = "^app_[0-9A-HJKMNP-TV-Z]{26}$";
    /**
     * An officer's token (scope {@code officer}) is let through to be answered {@code 404 not-found} like anyone who
     * is not the applicant (SKM-006: individual responses never reach the agency), rather than {@code 403}.
     */
    private static final String OFFICER = "officer";

    private final SurveyResponses responses;
    private final SatisfactionResults results;

    SatisfactionController(SurveyResponses responses, SatisfactionResults results) {
        this.responses = responses;
        this.results = results;
    }

    /** submitSurveyResponse (scope {@code applications.write}); Idempotency-Key is handled by the idempotency filter. */
    @Post("/v1/applications/{application_id}/survey-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Secured({"applications.write", OFFICER})
    HttpResponse<SurveyResponse> submitSurveyResponse(
            @PathVariable("application_id") @Pattern(regexp = APPLICATION_ID) String applicationId,
            @Body @Nullable String body,
            @Header("Idempotency-Key") @Nullable @Size(min = 1, max = 255) String idempotencyKey,
            HttpRequest<?> request) {
        SurveySubmissionReader.Submission submission = SurveySubmissionReader.read(body);
        SurveyAnswer answer = responses.submit(caller(request), applicationId, submission);
        return HttpResponse.created(toApi(answer),
                URI.create("/v1/applications/" + applicationId + "/survey-response"));
    }

    /** getSurveyResponse (scope {@code applications.read}): the applicant's own answer. */
    @Get("/v1/applications/{application_id}/survey-response")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Secured({"applications.read", OFFICER})
    HttpResponse<SurveyResponse> getSurveyResponse(
            @PathVariable("application_id") @Pattern(regexp = APPLICATION_ID) String applicationId,
            HttpRequest<?> request) {
        return HttpResponse.ok(toApi(responses.read(caller(request), applicationId)));
    }

    /** getServiceSatisfaction (public). */
    @Get("/v1/services/{service_id}/satisfaction")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ServiceSatisfaction> getServiceSatisfaction(
            @PathVariable("service_id") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,95}$") String serviceId,
            @QueryValue("from_date") @Nullable LocalDate fromDate,
            @QueryValue("to_date") @Nullable LocalDate toDate,
            HttpRequest<?> request) {
        return HttpResponse.ok(results.ofService(serviceId, fromDate, toDate, Language.of(request)));
    }

    /** getAgencySatisfaction (public). */
    @Get("/v1/agencies/{agency_id}/satisfaction")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<AgencySatisfaction> getAgencySatisfaction(
            @PathVariable("agency_id") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,63}$") String agencyId,
            @QueryValue("from_date") @Nullable LocalDate fromDate,
            @QueryValue("to_date") @Nullable LocalDate toDate,
            HttpRequest<?> request) {
        return HttpResponse.ok(results.ofAgency(agencyId, fromDate, toDate, Language.of(request)));
    }

    private static Caller caller(HttpRequest<?> request) {
        return Caller.of(request.getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new IllegalStateException("A secured route without authentication")));
    }

    private static SurveyResponse toApi(SurveyAnswer answer) {
        List<SurveyScore> scores = Arrays.stream(SurveyElement.values())
                .map(element -> new SurveyScore(id.mpp.server.generated.model.SurveyElement.fromValue(element.name()),
                        answer.scores().get(element)))
                .toList();
        SurveyResponse response = new SurveyResponse(answer.applicationId(), answer.serviceId(),
                new java.util.ArrayList<>(scores), ZonedDateTime.ofInstant(answer.submittedAt(), ZoneOffset.UTC))
                .comment(answer.comment());
        SurveyAnswer.RespondentProfile profile = answer.profile();
        if (!profile.isEmpty()) {
            response.respondent(new RespondentProfile()
                    .ageGroup(profile.ageGroup() == null ? null : RespondentAgeGroup.fromValue(profile.ageGroup()))
                    .gender(profile.gender() == null ? null : RespondentGender.fromValue(profile.gender()))
                    .education(profile.education() == null ? null : RespondentEducation.fromValue(profile.education()))
                    .occupation(profile.occupation() == null ? null
                            : RespondentOccupation.fromValue(profile.occupation())));
        }
        return response;
    }
}
