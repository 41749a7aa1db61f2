package id.mpp.server.http.me;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.http.Http;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code verifyMyNik} with {@code mpp.population-registry.url} set: the server asks the configured endpoint. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryEndpointTest implements TestPropertyProvider {
    private WireMockServer registry;

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    @Override
    public Map<String, String> getProperties() {
        registry = new WireMockServer(wireMockConfig().dynamicPort());
        registry.start();
        registry.stubFor(post(urlEqualTo("/dukcapil/check")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"result\":\"MISMATCH\",\"mismatch\":\"NIK_INACTIVE\"}")));
        return Map.of("mpp.population-registry.url", registry.baseUrl() + "/dukcapil/check");
    }

    @AfterAll
    void stop() {
        registry.stop();
    }

    @Test
    @DisplayName("ACC-041: the configured registry's mismatch answers 200 FAILED with its reason")
    void asksTheConfiguredRegistry() {
        Citizens citizens = new Citizens(accounts, hasher, issuer, new Http(server));
        Account account = citizens.create();

        HttpResponse<String> response = citizens.send("POST", "/v1/me/nik-verification",
                citizens.token(account, "openid account"), "application/json", "{\"registry_check_consent\":true}",
                "If-Match", "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode verification = json(response.body()).path("nik_verification");
        assertThat(verification.path("status").asText()).isEqualTo("FAILED");
        assertThat(verification.path("failure_reason").asText()).isEqualTo("NIK_INACTIVE");
        assertThat(registry.getAllServeEvents()).hasSize(1);
    }
}
