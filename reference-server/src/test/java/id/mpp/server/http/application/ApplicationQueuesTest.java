package id.mpp.server.http.application;

import static id.mpp.server.http.application.ApplicationKit.documents;
import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.server.http.application.ApplicationKit.Person;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The citizen's own list and the agencies' queues. */
@MicronautTest(environments = ApplicationFakes.ENV, transactional = false)
class ApplicationQueuesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    ApplicationFakes.Vault vault;


    @BeforeEach
    void fixture() {
    }

    private String submit(Person citizen, String serviceId, String documents) {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", "{\"service_id\":\"" + serviceId
                + "\",\"form\":{},\"documents\":" + documents + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).path("id").asText();
    }

    @Test
    @DisplayName("APP-019: only the caller's own applications, newest first, filtered by status and service, in pages (SDK)")
    void myList() {
        Person citizen = kit.citizen();
        Person other = kit.citizen();
        String kk = vault.add(citizen.id(), "KK", "VERIFIED");
        String a = submit(citizen, ApplicationFakes.KK_UPDATE, documents("KK", kk));
        String b = submit(citizen, ApplicationFakes.SURAKARTA, "[]");
        String c = submit(citizen, ApplicationFakes.KK_UPDATE, "[]");
        submit(other, ApplicationFakes.KK_UPDATE, "[]");
        kit.post(citizen, "/v1/applications/" + b + "/cancellation", "{}", "If-Match", "\"1\"");

        List<String> all = new ArrayList<>();
        kit.sdk(citizen).applications().listMine(q -> q.pageSize(2)).forEach(s -> all.add(s.getId()));
        assertThat(all).containsExactly(c, b, a);
        List<ApplicationSummary> open = new ArrayList<>();
        kit.sdk(citizen).applications().listMine(q -> q.statuses(ApplicationStatus.SUBMITTED,
                ApplicationStatus.IN_REVIEW)).forEach(open::add);
        assertThat(open).extracting(ApplicationSummary::getId).containsExactly(c, a);
        assertThat(open).allSatisfy(s -> assertThat(s.getAllowedActions()).extracting(x -> x.getValue())
                .containsExactly("CANCEL"));
        JsonNode byService = json(kit.get(citizen, "/v1/applications?service_id=" + ApplicationFakes.SURAKARTA)
                .body());
        assertThat(byService.path("items")).extracting(i -> i.path("id").asText()).containsExactly(b);
        assertThat(byService.path("items").get(0).path("closed_at").asText()).isNotEmpty();
        HttpResponse<String> badToken = kit.get(citizen, "/v1/applications?page_token=abc.def");
        assertThat(badToken.statusCode()).isEqualTo(400);
        HttpResponse<String> badStatus = kit.get(citizen, "/v1/applications?status=DONE");
        assertThat(badStatus.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("APP-035, APP-036: the agency's queue holds its applications only, oldest due first, with every filter; another agency's officer gets 404")
    void agencyQueue() {
        Person citizen = kit.citizen();
        Person officer = kit.officer("33-72-disdukcapil", "Sri Handayani");
        String first = submit(citizen, ApplicationFakes.SURAKARTA, "[]");
        String second = submit(citizen, ApplicationFakes.SURAKARTA, "[]");
        submit(citizen, ApplicationFakes.KK_UPDATE, "[]");

        JsonNode queue = json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications?page_size=100").body());
        List<String> ids = new ArrayList<>();
        queue.path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertThat(ids).contains(first, second);
        assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
        queue.path("items").forEach(i -> assertThat(i.path("agency_id").asText()).isEqualTo("33-72-disdukcapil"));
        List<String> dueDates = new ArrayList<>();
        queue.path("items").forEach(i -> dueDates.add(i.path("due_date").asText()));
        assertThat(dueDates).isSorted();
        assertThat(queue.path("items").get(ids.indexOf(first)).path("allowed_actions")).extracting(JsonNode::asText)
                .containsExactly("START_REVIEW");

        String tracking = json(kit.get(officer, "/v1/applications/" + second).body()).path("tracking_number").asText();
        JsonNode one = json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications?tracking_number="
                + tracking).body());
        assertThat(one.path("items")).extracting(i -> i.path("id").asText()).containsExactly(second);
        JsonNode notOverdue = json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications?overdue=false"
                + "&status=SUBMITTED&service_id=" + ApplicationFakes.SURAKARTA + "&page_size=100").body());
        assertThat(notOverdue.path("items")).extracting(i -> i.path("id").asText()).contains(first, second);
        JsonNode overdue = json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications?overdue=true"
                + "&page_size=100").body());
        assertThat(overdue.path("items")).extracting(i -> i.path("id").asText()).doesNotContain(first, second);
        JsonNode closed = json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications?status=COMPLETED"
                + "&tracking_number=" + tracking).body());
        assertThat(closed.path("items")).isEmpty();

        List<String> paged = new ArrayList<>();
        kit.sdk(officer).applications().agencyQueue("33-72-disdukcapil", q -> q.pageSize(1))
                .forEach(s -> paged.add(s.getId()));
        assertThat(paged).containsExactlyElementsOf(ids);

        Person stranger = kit.officer("33-02-disdukcapil", "Agus Santoso");
        HttpResponse<String> other = kit.get(stranger, "/v1/agencies/33-72-disdukcapil/applications");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(json(other.body()).path("type").asText()).endsWith("/not-found");
    }

    @Test
    @DisplayName("APP-037: the queue and transitions need scope officer, reading needs applications.read or officer (403 insufficient-scope)")
    void scopes() {
        Person citizen = kit.citizen();
        String id = submit(citizen, ApplicationFakes.KK_UPDATE, "[]");
        String noScopes = kit.citizens.token(accounts.findById(citizen.id()).orElseThrow().account(), "openid");

        for (HttpResponse<String> response : List.of(
                kit.get(citizen, "/v1/agencies/33-02-disdukcapil/applications"),
                kit.post(citizen, "/v1/applications/" + id + "/transitions", "{\"action\":\"START_REVIEW\"}",
                        "If-Match", "\"1\""),
                kit.citizens.get("/v1/applications/" + id, noScopes))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(json(response.body()).path("type").asText()).endsWith("/insufficient-scope");
        }
    }
}
