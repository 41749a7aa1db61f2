package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.RecordingSleeper;
import id.mpp.sdk.RotatingCredentials;
import id.mpp.sdk.TestClients;
import id.mpp.sdk.errors.UnauthenticatedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReauthenticationTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private static final String UNAUTHENTICATED = "{\"type\":\"https://mpp-digital.go.id/problems/unauthenticated\","
            + "\"title\":\"Autentikasi diperlukan\",\"status\":401}";

    @BeforeEach
    void refuseEveryTokenButTheNewOne() {
        server.stubFor(get(urlPathEqualTo("/v1/me")).atPriority(5)
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .withHeader("Content-Type", "application/problem+json").withBody(UNAUTHENTICATED)));
        server.stubFor(get(urlPathEqualTo("/v1/me")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson("{\"id\":\"acc_1\",\"full_name\":\"Siti Rahayu\"}").withHeader("ETag", "\"4\"")));
    }

    @Test
    void a401InvalidatesTheTokenAndRetriesOnceWithTheNewOne() {
        RotatingCredentials credentials = new RotatingCredentials("old", "new");
        MppClient client = TestClients.client(server, new RecordingSleeper()).credentials(credentials).build();

        assertThat(client.account().me().value().getFullName()).isEqualTo("Siti Rahayu");

        assertThat(credentials.invalidated()).containsExactly("old");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/me"))))
                .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer old", "Bearer new");
    }

    @Test
    void a401IsThrownWhenTheCredentialsHaveNoOtherToken() {
        RotatingCredentials credentials = new RotatingCredentials("old");
        MppClient client = TestClients.client(server, new RecordingSleeper()).credentials(credentials).build();

        assertThatThrownBy(() -> client.account().me()).isInstanceOf(UnauthenticatedException.class);

        assertThat(credentials.invalidated()).containsExactly("old");
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/me")));
    }

    @Test
    void aNewTokenIsTriedOnlyOnce() {
        RotatingCredentials credentials = new RotatingCredentials("old", "newer", "newest");
        MppClient client = TestClients.client(server, new RecordingSleeper()).credentials(credentials).build();

        assertThatThrownBy(() -> client.account().me()).isInstanceOf(UnauthenticatedException.class);

        assertThat(credentials.invalidated()).containsExactly("old", "newer");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/me"))))
                .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer old", "Bearer newer");
    }
}
