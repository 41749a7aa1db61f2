package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;

/** Every response forbids MIME sniffing. */
@Profile("general")
public class SecurityHeaderTests {

    @Requirement({"GEN-023"})
    public void aSuccessSendsNosniff(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions");
        assertThat(e.header("x-content-type-options")).as("X-Content-Type-Options").contains("nosniff");
    }

    @Requirement({"GEN-023"})
    public void anErrorSendsNosniff(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions/99.99");
        assertThat(e.header("x-content-type-options")).as("X-Content-Type-Options").contains("nosniff");
    }

    @Requirement({"GEN-023"})
    public void anUnauthenticatedAnswerSendsNosniff(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/me");
        assertThat(e.header("x-content-type-options")).as("X-Content-Type-Options").contains("nosniff");
    }
}
