package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** X-Request-Id: echoed when valid, made by the server otherwise, and repeated in problem bodies. */
@Profile("general")
public class RequestIdTests {

    private static final String PATTERN = "^[A-Za-z0-9._-]{1,128}$";

    @Requirement({"GEN-007"})
    public void aValidRequestIdIsEchoed(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/regions").header("X-Request-Id", "conformance-007.echo_1"));
        assertThat(e.header("x-request-id")).as("X-Request-Id").contains("conformance-007.echo_1");
    }

    @Requirement({"GEN-007"})
    public void anInvalidRequestIdIsReplacedByTheServers(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/regions").header("X-Request-Id", "not valid!{}"));
        String answered = e.header("x-request-id").orElse("");
        assertThat(answered).as("X-Request-Id").isNotEqualTo("not valid!{}").matches(PATTERN);
    }

    @Requirement({"GEN-007"})
    public void aMissingRequestIdIsMadeByTheServer(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions");
        assertThat(e.header("x-request-id").orElse("")).as("X-Request-Id").matches(PATTERN);
    }

    @Requirement({"GEN-007", "GEN-001"})
    public void aProblemCarriesTheRequestId(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/regions/99.99").header("X-Request-Id", "conformance-007-problem"));
        assertThat(e.header("x-request-id")).as("X-Request-Id").contains("conformance-007-problem");
        assertThat(e.json().path("request_id").asText()).as("problem request_id").isEqualTo("conformance-007-problem");
    }
}
