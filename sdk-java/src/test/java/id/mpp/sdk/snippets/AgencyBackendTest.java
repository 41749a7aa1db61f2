package id.mpp.sdk.snippets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.PrivateKeyJwt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's agency back-end against a fake deployment: its token endpoint, event feed and applications. */
class AgencyBackendTest {

    private static final ECKey CLIENT_KEY = newKey();

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final Cursors cursors = new Cursors("cur-000041");
    private FakeProvider provider;

    /** A cursor store in memory that remembers every token saved. */
    private static final class Cursors implements AgencyBackend.CursorStore {

        final List<String> saved = new ArrayList<>();

        Cursors(String first) {
            saved.add(first);
        }

        @Override
        public String load() {
            return saved.get(saved.size() - 1);
        }

        @Override
        public void save(String cursor) {
            saved.add(cursor);
        }
    }

    @BeforeEach
    void start() {
        provider = new FakeProvider(server).started();
        provider.issuesClientCredentialsTokens("at-siak-1");
        server.stubFor(get(urlPathEqualTo("/v1/events")).withQueryParam("page_token", equalTo("cur-000041"))
                .willReturn(json(200, "{\"items\":[" + event("evt_01JDA3R5N8B2C4D6F8G0H2J4K6", "APPLICATION_SUBMITTED",
                        "app_01JD8R0B2C3D4E5F6G7H8J9K0M", "MPP-3302-2026-000417") + ","
                        + event("evt_01JDA5Z2Q7R3S9T4V8W1X6Y0Z5", "APPLICATION_CANCELLED", "app_01JD9T4K6M8N0P2Q4R6S8T0V2W",
                        "MPP-3302-2026-000398") + "],\"next_page_token\":\"cur-000043\"}")));
        server.stubFor(get(urlPathEqualTo("/v1/events")).withQueryParam("page_token", equalTo("cur-000043"))
                .willReturn(json(200, "{\"items\":[],\"next_page_token\":\"cur-000043\"}")));
        server.stubFor(get(urlPathMatching("/v1/applications/app_[A-Z0-9]+")).willReturn(json(200,
                "{\"id\":\"{{request.path.[2]}}\",\"tracking_number\":\"MPP-3302-2026-000417\",\"status\":\"SUBMITTED\"}")
                .withHeader("ETag", "\"1\"").withTransformers("response-template")));
        server.stubFor(post(urlPathMatching("/v1/applications/app_[A-Z0-9]+/transitions")).willReturn(json(200,
                "{\"id\":\"{{request.path.[2]}}\",\"tracking_number\":\"MPP-3302-2026-000417\",\"status\":\"IN_REVIEW\"}")
                .withHeader("ETag", "\"2\"").withTransformers("response-template")));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String event(String id, String type, String applicationId, String trackingNumber) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"occurred_at\":\"2026-11-20T08:15:00Z\","
                + "\"agency_id\":\"33-02-disdukcapil\",\"region_code\":\"33.02\",\"application_id\":\"" + applicationId
                + "\",\"tracking_number\":\"" + trackingNumber + "\",\"service_id\":\"33-02-disdukcapil-akta-kelahiran\","
                + "\"application_sequence\":1,\"data\":{}}";
    }

    private void run() {
        MppClient client = AgencyBackend.connect(provider.issuer, CLIENT_KEY);
        AgencyBackend.readFeed(client, cursors);
    }

    @Test
    void theBackEndAuthenticatesWithAClientAssertionSignedByItsKey() throws Exception {
        run();

        Map<String, String> form = FakeProvider.form(
                server.findAll(postRequestedFor(urlPathEqualTo("/v1/sso/token"))).get(0).getBodyAsString());
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "officer agency.events")
                .containsEntry("client_assertion_type", PrivateKeyJwt.ASSERTION_TYPE);
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new ECDSAVerifier(CLIENT_KEY.toPublicJWK()))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo("disdukcapil-banyumas-siak");
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(provider.tokenEndpoint());
    }

    @Test
    void theFeedIsReadFromTheKeptCursorWithTheClientCredentialsToken() {
        run();

        server.verify(getRequestedFor(urlPathEqualTo("/v1/events")).withQueryParam("page_token", equalTo("cur-000041"))
                .withHeader("Authorization", equalTo("Bearer at-siak-1")));
    }

    @Test
    void aSubmittedApplicationIsTakenIntoReviewAtTheVersionRead() {
        run();

        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications/app_01JD8R0B2C3D4E5F6G7H8J9K0M/transitions"))
                .withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalToJson("{\"action\":\"START_REVIEW\"}")));
        server.verify(0, postRequestedFor(urlPathEqualTo("/v1/applications/app_01JD9T4K6M8N0P2Q4R6S8T0V2W/transitions")));
    }

    @Test
    void theCursorMovesOnToTheTokenAfterTheLastEventRead() {
        run();

        assertThat(cursors.load()).isEqualTo("cur-000043");
    }

    @Test
    void anApplicationAnOfficerAlreadyMovedIsSkippedAndTheFeedReadOn() {
        server.stubFor(post(urlPathMatching("/v1/applications/app_[A-Z0-9]+/transitions")).willReturn(
                aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody(
                        "{\"type\":\"https://mpp-digital.go.id/problems/invalid-transition\",\"status\":409,"
                                + "\"title\":\"Tindakan tidak diizinkan pada status saat ini\","
                                + "\"allowed_actions\":[\"APPROVE\",\"REJECT\",\"REQUEST_REVISION\"]}")));

        run();

        assertThat(cursors.load()).isEqualTo("cur-000043");
    }

    private static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("disdukcapil-banyumas-siak-2026").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
