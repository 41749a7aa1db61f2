package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a newer minor version of the server may send: unknown members and enum values are tolerated. */
class ForwardCompatibilityTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final MppClient client = TestClients.client(server, new RecordingSleeper()).build();

    @Test
    void anUnknownEnumValueFromANewerServerReadsAsTheUnknownCase() {
        server.stubFor(get(urlPathEqualTo("/v1/applications/app_1")).willReturn(okJson(
                "{\"id\":\"app_1\",\"status\":\"ESCALATED\",\"allowed_actions\":[\"CANCEL\",\"APPEAL\"]}")));

        Application application = client.applications().get("app_1").value();

        assertThat(application.getId()).isEqualTo("app_1");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(application.getAllowedActions())
                .containsExactlyInAnyOrder(ApplicationAction.CANCEL, ApplicationAction.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void unknownMembersFromANewerServerAreIgnored() {
        server.stubFor(get(urlPathEqualTo("/v1/applications/app_1")).willReturn(okJson(
                "{\"id\":\"app_1\",\"status\":\"SUBMITTED\",\"priority\":{\"level\":3,\"reason\":\"lansia\"},"
                        + "\"queue_number\":17,\"tags\":[\"a\",\"b\"]}")));

        Application application = client.applications().get("app_1").value();

        assertThat(application.getId()).isEqualTo("app_1");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anEventOfATypeAddedLaterIsStillDelivered() {
        server.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(okJson(
                "{\"items\":[{\"id\":\"evt_1\",\"type\":\"PAYMENT_RECEIVED\",\"occurred_at\":\"2026-11-20T07:42:10Z\","
                        + "\"agency_id\":\"33-02-disdukcapil\",\"data\":{\"amount\":50000}}],"
                        + "\"next_page_token\":\"c1\"}")).atPriority(5));
        server.stubFor(get(urlPathEqualTo("/v1/events")).withQueryParam("page_token",
                equalTo("c1"))
                .willReturn(okJson("{\"items\":[],\"next_page_token\":\"c1\"}")).atPriority(1));

        List<Event> events = client.events().list().stream().toList();

        assertThat(events).extracting(Event::getId).containsExactly("evt_1");
        assertThat(events.get(0).getType()).isEqualTo(EventType.UNKNOWN_DEFAULT_OPEN_API);
    }
}
