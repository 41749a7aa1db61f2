package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.errors.NotFoundException;
import id.mpp.sdk.generated.model.FeeKind;
import id.mpp.sdk.generated.model.Service;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServicesTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final MppClient client = TestClients.client(server, new RecordingSleeper()).build();

    @Test
    void servicesAreListedAcrossThreePagesFetchingEachOnlyWhenNeeded() {
        servePage(null, "[{\"id\":\"s1\"},{\"id\":\"s2\"}]", "p2");
        servePage("p2", "[{\"id\":\"s3\"},{\"id\":\"s4\"}]", "p3");
        servePage("p3", "[{\"id\":\"s5\"}]", null);

        Iterator<Service> services = client.services().list(q -> q.regionCode("33.02")).iterator();
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/services")));

        assertThat(services.next().getId()).isEqualTo("s1");
        assertThat(services.next().getId()).isEqualTo("s2");
        assertThat(services.next().getId()).isEqualTo("s3");
        assertThat(services.next().getId()).isEqualTo("s4");
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/services")));
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/services")).withQueryParam("page_token", equalTo("p3")));

        assertThat(services.next().getId()).isEqualTo("s5");
        assertThat(services.hasNext()).isFalse();
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/services"))
                .withQueryParam("region_code", equalTo("33.02")));
    }

    @Test
    void aStreamOfServicesSendsTheFiltersWithEveryPage() {
        servePage(null, "[{\"id\":\"s1\"}]", "p2");
        servePage("p2", "[{\"id\":\"s2\"}]", null);

        assertThat(client.services().list(ServiceQuery.builder().q("akta").feeKind(FeeKind.FREE).pageSize(1).build())
                .stream().map(Service::getId)).containsExactly("s1", "s2");

        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/services"))
                .withQueryParam("q", equalTo("akta"))
                .withQueryParam("fee_kind", equalTo("FREE"))
                .withQueryParam("page_size", equalTo("1")));
    }

    @Test
    void aSearchSendsTheText() {
        servePage(null, "[{\"id\":\"s1\"}]", null);

        assertThat(client.services().search("akta kelahiran")).extracting(Service::getId).containsExactly("s1");

        server.verify(getRequestedFor(urlPathEqualTo("/v1/services")).withQueryParam("q", equalTo("akta kelahiran")));
    }

    @Test
    void anUnknownServiceIsThrownAsNotFoundWithTheProblemsMembers() {
        server.stubFor(get(urlPathEqualTo("/v1/services/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("X-Request-Id", "req-404")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/not-found\",\"title\":\"Tidak ditemukan\","
                        + "\"status\":404,\"detail\":\"Layanan nope tidak ditemukan.\"}")));

        assertThatThrownBy(() -> client.services().get("nope"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.title()).contains("Tidak ditemukan");
                    assertThat(e.detail()).contains("Layanan nope tidak ditemukan.");
                    assertThat(e.requestId()).contains("req-404");
                })
                .hasMessage("404 not-found: Layanan nope tidak ditemukan. (request req-404)");
    }

    private static void servePage(String token, String items, String next) {
        String body = "{\"items\":" + items + (next == null ? "" : ",\"next_page_token\":\"" + next + "\"") + "}";
        server.stubFor(get(urlPathEqualTo("/v1/services"))
                .withQueryParam("page_token", token == null ? absent() : equalTo(token))
                .willReturn(okJson(body)));
    }
}
