package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** Errors are problems: the media type, the catalogue type and the status of every error answer. */
@Profile("general")
public class ProblemFormatTests {

    @Requirement({"GEN-001"})
    public void anErrorAnswerIsAProblemWhoseStatusMatches(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions/99.99");
        assertThat(e.status()).as("an unserved region").isBetween(400, 499);
        assertThat(e.mediaType()).isEqualTo("application/problem+json");
        assertThat(e.json().path("status").asInt()).as("problem status").isEqualTo(e.status());
        assertThat(e.json().path("type").asText()).as("problem type").startsWith("https://mpp-digital.go.id/problems/");
    }

    @Requirement({"GEN-002"})
    public void malformedJsonAnswers400MalformedRequest(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/accounts")
                .header("Idempotency-Key", "conformance-malformed-json")
                .body("application/json", "{\"nik\": \"3302016708950003\", \"full_name\": "));
        assertProblem(e, 400, "malformed-request");
    }

    @Requirement({"GEN-003"})
    public void anUnknownPathAnswers404ProblemNotAnHtmlPage(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/no-such-resource-in-the-contract");
        assertProblem(e, 404, "not-found");
    }

    @Requirement({"GEN-004"})
    public void anUnsupportedMethodAnswers405WithAllow(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("DELETE", "/v1/regions"));
        assertProblem(e, 405, "method-not-allowed");
        assertThat(e.header("allow")).as("Allow header").isPresent();
        assertThat(e.header("allow").orElseThrow().toUpperCase()).as("Allow lists GET").contains("GET");
        assertThat(e.header("allow").orElseThrow().toUpperCase()).as("Allow does not list DELETE")
                .doesNotContain("DELETE");
    }

    @Requirement({"GEN-005"})
    public void anUnacceptedContentTypeAnswers415(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/accounts")
                .header("Idempotency-Key", "conformance-wrong-media-type")
                .body("text/plain", "nik=3302016708950003"));
        assertProblem(e, 415, "unsupported-media-type");
    }
}
