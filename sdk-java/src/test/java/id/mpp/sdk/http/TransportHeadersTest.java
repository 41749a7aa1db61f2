package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.RecordingSleeper;
import id.mpp.sdk.SdkVersion;
import id.mpp.sdk.TestClients;
import id.mpp.sdk.auth.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportHeadersTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final MppClient client = TestClients.client(server, new RecordingSleeper())
            .credentials(Credentials.bearer("token-a"))
            .build();

    @BeforeEach
    void serveAService() {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(okJson("{\"id\":\"s1\"}")));
    }

    @Test
    void theUserAgentNamesTheSdkAndTheContractVersion() {
        client.services().get("s1");

        String userAgent = onlyRequest().getHeader("User-Agent");
        assertThat(SdkVersion.contract()).isNotEqualTo("unknown");
        assertThat(userAgent).startsWith("mpp-sdk-java/" + SdkVersion.sdk())
                .contains("contract " + SdkVersion.contract());
    }

    @Test
    void aUserAgentSuffixFollowsTheSdksOwn() {
        client.toBuilder().userAgentSuffix("sipadu/2.4").build().services().get("s1");

        assertThat(onlyRequest().getHeader("User-Agent")).isEqualTo(SdkVersion.userAgent() + " sipadu/2.4");
    }

    @Test
    void theBearerTokenOfTheCredentialsIsSent() {
        client.services().get("s1");

        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer token-a");
    }

    @Test
    void credentialsWithoutATokenSendNoAuthorization() {
        client.toBuilder().credentials(Credentials.none()).build().services().get("s1");

        assertThat(onlyRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void aRequestIdIsMadeWhenTheCallerGivesNone() {
        client.services().get("s1");
        client.services().get("s1");

        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/v1/services/s1")));
        assertThat(requests).extracting(r -> r.getHeader("X-Request-Id"))
                .allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9._-]{1,128}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void theCallersRequestIdIsSent() {
        client.services().get("s1", RequestOptions.of(o -> o.requestId("trace-42")));

        assertThat(onlyRequest().getHeader("X-Request-Id")).isEqualTo("trace-42");
    }

    @Test
    void acceptLanguageIsIndonesianUnlessTheClientOrTheRequestSaysOtherwise() {
        client.services().get("s1");
        client.toBuilder().acceptLanguage("en").build().services().get("s1");
        client.services().get("s1", RequestOptions.of(o -> o.acceptLanguage("en")));

        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/services/s1"))))
                .extracting(r -> r.getHeader("Accept-Language")).containsExactly("id", "en", "en");
    }

    @Test
    void extraHeadersOfTheOptionsAreSent() {
        client.services().get("s1", RequestOptions.of(o -> o.header("X-Kiosk", "mpp-purwokerto-03")));

        server.verify(getRequestedFor(urlPathEqualTo("/v1/services/s1"))
                .withHeader("X-Kiosk", equalTo("mpp-purwokerto-03")));
    }

    @Test
    void aGetCarriesNoIdempotencyKeyAndNoInternalHeader() {
        client.services().get("s1", RequestOptions.of(o -> o.timeout(Duration.ofSeconds(5))));

        LoggedRequest request = onlyRequest();
        assertThat(request.containsHeader("Idempotency-Key")).isFalse();
        assertThat(request.getHeaders().keys())
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-mpp-sdk"));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/v1/services/s1")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
