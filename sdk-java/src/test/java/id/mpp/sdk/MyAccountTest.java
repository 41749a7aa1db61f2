package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.generated.model.Account;
import id.mpp.sdk.generated.model.AccountPatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MyAccountTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final MppClient client = TestClients.client(server, new RecordingSleeper())
            .credentials(Credentials.bearer("citizen-token")).build();

    @Test
    void anUpdateSendsOnlyTheChangedMembersWithTheVersionItWasReadAt() {
        server.stubFor(get(urlPathEqualTo("/v1/me"))
                .willReturn(okJson("{\"id\":\"acc_1\",\"full_name\":\"Siti Rahayu\"}").withHeader("ETag", "\"7\"")));
        server.stubFor(patch(urlPathEqualTo("/v1/me"))
                .willReturn(okJson("{\"id\":\"acc_1\",\"full_name\":\"Siti Rahayu\",\"locale\":\"en\"}")
                        .withHeader("ETag", "\"8\"")));

        Versioned<Account> me = client.account().me();
        Versioned<Account> updated = client.account().update(me, new AccountPatch().locale("en"));

        assertThat(me.etag()).contains("\"7\"");
        assertThat(updated.value().getLocale()).isEqualTo("en");
        assertThat(updated.etag()).contains("\"8\"");
        server.verify(patchRequestedFor(urlPathEqualTo("/v1/me"))
                .withHeader("If-Match", equalTo("\"7\""))
                .withRequestBody(equalToJson("{\"locale\":\"en\"}")));
    }
}
