package id.mpp.server.http.me;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikFailureReason;
import id.mpp.server.domain.account.RegistryAnswer;
import id.mpp.server.domain.account.RegistryOutcome;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The HTTP adapter of the population registry against a WireMock registry. */
class HttpPopulationRegistryTest {
    private static final Nik NIK = Nik.parse("3302016708950003");
    private static final LocalDate BORN = LocalDate.of(1995, 8, 27);

    private WireMockServer registry;
    private HttpPopulationRegistry adapter;

    @BeforeEach
    void start() {
        registry = new WireMockServer(wireMockConfig().dynamicPort());
        registry.start();
        adapter = new HttpPopulationRegistry(URI.create(registry.baseUrl() + "/check"), "registry-key",
                Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        registry.stop();
    }

    private void answers(int status, String body) {
        registry.stubFor(post(urlEqualTo("/check"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    @DisplayName("ACC-040: a match is MATCH; the NIK, name and birth date are posted with the key")
    void match() {
        answers(200, "{\"result\":\"MATCH\"}");

        assertThat(adapter.check(NIK, "Siti Rahmawati", BORN)).isEqualTo(RegistryAnswer.match());

        registry.verify(postRequestedFor(urlEqualTo("/check"))
                .withHeader("Authorization", equalTo("Bearer registry-key"))
                .withRequestBody(equalToJson(
                        "{\"nik\":\"3302016708950003\",\"full_name\":\"Siti Rahmawati\",\"birth_date\":\"1995-08-27\"}")));
    }

    @Test
    @DisplayName("ACC-041: a mismatch says which part disagreed; an unknown NIK is NOT_FOUND")
    void mismatchAndNotFound() {
        answers(200, "{\"result\":\"MISMATCH\",\"mismatch\":\"NAME_MISMATCH\"}");
        assertThat(adapter.check(NIK, "Siti", BORN).failureReason()).isEqualTo(NikFailureReason.NAME_MISMATCH);

        registry.resetAll();
        answers(200, "{\"result\":\"NOT_FOUND\"}");
        assertThat(adapter.check(NIK, "Siti", BORN).outcome()).isEqualTo(RegistryOutcome.NOT_FOUND);
    }

    @Test
    @DisplayName("ACC-042: a 5xx, an unreadable answer, an unknown result or no registry at all is UNAVAILABLE")
    void unavailable() {
        answers(503, "{}");
        assertThat(adapter.check(NIK, "Siti", BORN)).isEqualTo(RegistryAnswer.unavailable());

        registry.resetAll();
        answers(200, "not json");
        assertThat(adapter.check(NIK, "Siti", BORN)).isEqualTo(RegistryAnswer.unavailable());

        registry.resetAll();
        answers(200, "{\"result\":\"MAYBE\"}");
        assertThat(adapter.check(NIK, "Siti", BORN)).isEqualTo(RegistryAnswer.unavailable());

        registry.stop();
        assertThat(adapter.check(NIK, "Siti", BORN)).isEqualTo(RegistryAnswer.unavailable());
    }
}
