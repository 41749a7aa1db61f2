package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.errors.ConflictException;
import id.mpp.sdk.errors.PreconditionFailedException;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationCancellation;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.http.RequestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApplicationsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final MppClient client = TestClients.client(server, new RecordingSleeper())
            .credentials(Credentials.bearer("citizen-token"))
            .build();

    private static final String SUBMITTED = "{\"id\":\"app_1\",\"tracking_number\":\"MPP-3302-2026-000417\","
            + "\"status\":\"SUBMITTED\"}";

    @Test
    void aSubmittedApplicationIsAnsweredWithItsVersion() {
        server.stubFor(post(urlPathEqualTo("/v1/applications"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"1\"").withHeader("Location", "/v1/applications/app_1")
                        .withBody(SUBMITTED)));

        Versioned<Application> application = client.applications().submit(new ApplicationSubmission()
                .serviceId("33-02-disdukcapil-akta-kelahiran")
                .form(Map.of("nama_bayi", "Raden Ajeng Sekar"))
                .documents(List.of(new ApplicationDocumentReference().documentType("KTP_EL").documentId("doc_1"))));

        assertThat(application.value().getTrackingNumber()).isEqualTo("MPP-3302-2026-000417");
        assertThat(application.etag()).contains("\"1\"");
        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications"))
                .withHeader("Authorization", equalTo("Bearer citizen-token"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("{\"service_id\":\"33-02-disdukcapil-akta-kelahiran\","
                        + "\"form\":{\"nama_bayi\":\"Raden Ajeng Sekar\"},"
                        + "\"documents\":[{\"document_type\":\"KTP_EL\",\"document_id\":\"doc_1\"}]}")));
    }

    @Test
    void cancellingSendsTheVersionTheApplicationWasReadAt() {
        server.stubFor(get(urlPathEqualTo("/v1/applications/app_1"))
                .willReturn(okJson(SUBMITTED).withHeader("ETag", "\"3\"")));
        server.stubFor(post(urlPathEqualTo("/v1/applications/app_1/cancellation"))
                .willReturn(okJson("{\"id\":\"app_1\",\"status\":\"CANCELLED\"}").withHeader("ETag", "\"4\"")));

        Versioned<Application> read = client.applications().get("app_1");
        Versioned<Application> cancelled = client.applications()
                .cancel(read, new ApplicationCancellation().reason("Salah memilih layanan"));

        assertThat(cancelled.value().getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
        assertThat(cancelled.etag()).contains("\"4\"");
        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications/app_1/cancellation"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"reason\":\"Salah memilih layanan\"}")));
    }

    @Test
    void aRefusedTransitionTellsWhichActionsAreAllowed() {
        server.stubFor(post(urlPathEqualTo("/v1/applications/app_1/transitions")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/invalid-transition\","
                        + "\"title\":\"Tindakan tidak diizinkan\",\"status\":409,"
                        + "\"allowed_actions\":[\"START_REVIEW\"]}")));

        assertThatThrownBy(() -> client.applications().transition("app_1", "\"3\"",
                new ApplicationTransition().action(ApplicationAction.APPROVE), RequestOptions.none()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.allowedActions()).containsExactly("START_REVIEW"));
        server.verify(1, postRequestedFor(urlPathEqualTo("/v1/applications/app_1/transitions")));
    }

    @Test
    void aStaleVersionIsThrownAsPreconditionFailed() {
        server.stubFor(post(urlPathEqualTo("/v1/applications/app_1/cancellation")).willReturn(aResponse()
                .withStatus(412).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/precondition-failed\","
                        + "\"title\":\"Sumber daya telah berubah\",\"status\":412}")));

        assertThatThrownBy(() -> client.applications().cancel(Versioned.of(new Application().id("app_1"), "\"2\""),
                new ApplicationCancellation()))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.isPreconditionRequired()).isFalse());
    }

    @Test
    void theAgencyQueueSendsItsFilters() {
        server.stubFor(get(urlPathEqualTo("/v1/agencies/33-02-disdukcapil/applications"))
                .willReturn(okJson("{\"items\":[{\"id\":\"app_1\",\"status\":\"IN_REVIEW\",\"overdue\":true}]}")));

        List<ApplicationSummary> queue = client.applications().agencyQueue("33-02-disdukcapil",
                q -> q.statuses(ApplicationStatus.IN_REVIEW).overdue(true)).stream().toList();

        assertThat(queue).extracting(ApplicationSummary::getId).containsExactly("app_1");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/agencies/33-02-disdukcapil/applications"))
                .withQueryParam("status", equalTo("IN_REVIEW"))
                .withQueryParam("overdue", equalTo("true")));
    }
}
