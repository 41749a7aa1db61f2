package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.tests.Applications.current;
import static id.mpp.conformance.tests.Applications.officer;
import static id.mpp.conformance.tests.Applications.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.tests.Applications.Submitted;
import java.util.Map;
import java.util.UUID;

/** Safe retries of the application operations with Idempotency-Key. */
@Profile("applications")
public class ApplicationIdempotencyTests {

    static final String SCOPES = "openid documents.read documents.write applications.read applications.write";

    @Requirement({"APP-015", "APP-016"})
    public void aRepeatedSubmissionAnswersTheFirstResponseAndAnotherBodyIsRefused(TestContext ctx) {
        String bearer = "Bearer " + Accounts.register(ctx).signIn(ctx, SCOPES).accessToken();
        JsonNode service = Applications.basicService(ctx);
        ObjectNode body = Applications.body(service, Applications.validForm(service),
                Applications.requiredUploads(ctx, bearer, service));
        String key = UUID.randomUUID().toString();
        Exchange first = post(ctx, bearer, "/v1/applications", null, key, body);
        assertThat(first.status()).as("status of the submission: %s", first.responseBody()).isEqualTo(201);
        Exchange again = post(ctx, bearer, "/v1/applications", null, key, body);
        assertThat(again.status()).as("status of the repeat").isEqualTo(201);
        assertThat(again.json()).as("body of the repeat").isEqualTo(first.json());

        ObjectNode other = body.deepCopy();
        other.putArray("documents");
        assertProblem(post(ctx, bearer, "/v1/applications", null, key, other), 422, "idempotency-key-reused");
        JsonNode mine = Applications.mine(ctx, bearer, null);
        assertThat(mine).as("the citizen's applications").hasSize(1);
        assertThat(mine.get(0).path("id").asText()).isEqualTo(first.json().path("id").asText());
    }

    @Requirement({"APP-018"})
    public void theSameKeyFromAnotherCitizenIsANewApplication(TestContext ctx) {
        JsonNode service = Applications.basicService(ctx);
        String key = UUID.randomUUID().toString();
        String[] ids = new String[2];
        String[] citizens = {ctx.bearer("citizen_b"), ctx.bearer(Applications.CITIZEN)};
        for (int i = 0; i < 2; i++) {
            Map<String, String> docs = Applications.requiredUploads(ctx, citizens[i], service);
            Exchange e = post(ctx, citizens[i], "/v1/applications", null, key,
                    Applications.body(service, Applications.validForm(service), docs));
            assertThat(e.status()).as("status of citizen %s's submission with the key: %s", i, e.responseBody())
                    .isEqualTo(201);
            ids[i] = e.json().path("id").asText();
        }
        assertThat(ids[1]).as("the second citizen's application").isNotEqualTo(ids[0]);
    }

    @Requirement({"APP-015", "APP-016", "APP-038"})
    public void aRepeatedTransitionOrCancellationAnswersTheStoredResponseEvenAfterLaterChanges(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String path = "/v1/applications/" + s.id() + "/transitions";
        ObjectNode start = Accounts.JSON.createObjectNode().put("action", "START_REVIEW");
        String key = UUID.randomUUID().toString();
        Exchange first = post(ctx, officer(ctx), path, s.etag(), key, start);
        assertThat(first.status()).as("status of START_REVIEW: %s", first.responseBody()).isEqualTo(200);
        Exchange again = post(ctx, officer(ctx), path, s.etag(), key, start);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).as("body of the repeated transition").isEqualTo(first.json());
        var reviewing = current(ctx, officer(ctx), s.id());
        assertThat(reviewing.json().path("timeline")).as("timeline after a repeated transition").hasSize(2);

        ObjectNode approve = Accounts.JSON.createObjectNode().put("action", "APPROVE");
        assertProblem(post(ctx, officer(ctx), path, reviewing.etag(), key, approve), 422, "idempotency-key-reused");
        ApplicationChecks.assertUnchanged(ctx, reviewing);

        String cancelPath = "/v1/applications/" + s.id() + "/cancellation";
        ObjectNode reason = Accounts.JSON.createObjectNode().put("reason", "Tidak jadi.");
        String cancelKey = UUID.randomUUID().toString();
        Exchange cancelled = post(ctx, citizen, cancelPath, reviewing.etag(), cancelKey, reason);
        assertThat(cancelled.status()).as("status of the cancellation: %s", cancelled.responseBody()).isEqualTo(200);
        Exchange cancelledAgain = post(ctx, citizen, cancelPath, reviewing.etag(), cancelKey, reason);
        assertThat(cancelledAgain.status()).as("status of the repeated cancellation (its If-Match is stale now)")
                .isEqualTo(200);
        assertThat(cancelledAgain.json()).isEqualTo(cancelled.json());
        Exchange late = post(ctx, officer(ctx), path, s.etag(), key, start);
        assertThat(late.status()).as("status of the first transition replayed after the cancellation").isEqualTo(200);
        assertThat(late.json()).isEqualTo(first.json());
        assertThat(current(ctx, officer(ctx), s.id()).json().path("timeline")).as("timeline at the end").hasSize(3);
    }
}
