package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A secured operation refuses a request without a valid token with 401 and a Bearer challenge. */
@Profile("general")
public class AuthenticationTests {

    private static final String SECURED = "/v1/me";

    @Requirement({"GEN-019"})
    public void noTokenAnswers401WithBearerChallenge(TestContext ctx) {
        assertUnauthenticated(ctx.http().get(SECURED));
    }

    @Requirement({"GEN-019"})
    public void anAlgNoneTokenAnswers401(TestContext ctx) {
        String token = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}") + "." + claims(ctx) + ".";
        assertUnauthenticated(ctx.http().send(HttpCall.get(SECURED).header("Authorization", "Bearer " + token)));
    }

    @Requirement({"GEN-019"})
    public void aTokenWithAForgedSignatureAnswers401(TestContext ctx) {
        String token = b64("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"conformance-forged\"}") + "."
                + claims(ctx) + "." + b64("not a signature of the provider");
        assertUnauthenticated(ctx.http().send(HttpCall.get(SECURED).header("Authorization", "Bearer " + token)));
    }

    @Requirement({"GEN-019"})
    public void aMalformedTokenAnswers401(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get(SECURED).header("Authorization", "Bearer not-a-jwt"));
        assertUnauthenticated(e);
    }

    private static void assertUnauthenticated(Exchange e) {
        assertProblem(e, 401, "unauthenticated");
        assertThat(e.header("www-authenticate")).as("WWW-Authenticate").isPresent();
        assertThat(e.header("www-authenticate").orElseThrow()).as("WWW-Authenticate scheme").startsWithIgnoringCase("Bearer");
        assertThat(e.json().has("sub")).as("no account data in the answer").isFalse();
    }

    private static String claims(TestContext ctx) {
        long now = System.currentTimeMillis() / 1000;
        return b64("{\"iss\":\"" + ctx.baseUrl() + "\",\"sub\":\"conformance-suite\",\"aud\":\"mpp\","
                + "\"scope\":\"openid account\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
