package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** The configured officers, signed in as people (through the login form, or with the vendor's tokens). */
@Profile("applications")
public class OfficerTests {

    @Requirement({"APP-035"})
    public void eachOfficerSeesItsOwnAgencysQueueAndNotTheOthers(TestContext ctx) {
        checkQueues(ctx, "officer_a", "officer_b");
        checkQueues(ctx, "officer_b", "officer_a");
    }

    private static void checkQueues(TestContext ctx, String officer, String otherOfficer) {
        String own = ctx.config().accounts().get(officer).agencyId();
        String other = ctx.config().accounts().get(otherOfficer).agencyId();
        String token = ctx.token(officer);
        assertThat(IdTokens.claims(token).path("agency_id").asText()).as("agency_id of %s's access token", officer)
                .isEqualTo(own);
        Exchange queue = ctx.http().send(HttpCall.get("/v1/agencies/" + own + "/applications?page_size=20")
                .header("Authorization", "Bearer " + token));
        assertThat(queue.status()).as("status of %s's own queue: %s", officer, queue.responseBody()).isEqualTo(200);
        queue.json().path("items").forEach(a -> assertThat(a.path("agency_id").asText(own)).isEqualTo(own));
        assertProblem(ctx.http().send(HttpCall.get("/v1/agencies/" + other + "/applications")
                .header("Authorization", "Bearer " + token)), 404, "not-found");
    }
}
