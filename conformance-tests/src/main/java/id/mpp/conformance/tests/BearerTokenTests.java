package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.tests.Flows.account;
import static id.mpp.conformance.tests.Flows.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import java.text.ParseException;

/** Access tokens a protected operation must refuse (SSO-060, GEN-019) and scopes it must insist on (GEN-020). */
@Profile("sso")
public class BearerTokenTests {

    @Requirement({"SSO-060", "GEN-019"})
    public void aTokenWithChangedClaimsAndTheOriginalSignatureIsRefused(TestContext ctx) {
        String token = ctx.token("citizen_a");
        String[] parts = token.split("\\.");
        String claims = IdTokens.claims(token).toString().replace("\"sub\":\"", "\"sub\":\"x");
        assertRefused(ctx, parts[0] + "." + IdTokens.b64(claims) + "." + parts[2]);
        assertRefused(ctx, parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA");
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void anUnsignedCopyOfAValidTokenIsRefused(TestContext ctx) {
        String token = ctx.token("citizen_a");
        String claims = IdTokens.claims(token).toString();
        assertRefused(ctx, IdTokens.compose("{\"alg\":\"none\",\"typ\":\"at+jwt\"}", claims, ""));
        assertRefused(ctx, IdTokens.compose("{\"alg\":\"none\"}", claims, ""));
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void aCopySignedWithHs256AndThePublicKeyIsRefused(TestContext ctx) throws Exception {
        String token = ctx.token("citizen_a");
        SignedJWT original = SignedJWT.parse(token);
        RSAKey published = providerKey(ctx, original.getHeader().getKeyID());
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(original.getHeader().getKeyID()).build(), original.getJWTClaimsSet());
        forged.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
        assertRefused(ctx, forged.serialize());
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void aCopySignedWithAnotherKeyUnderTheProvidersKidIsRefused(TestContext ctx) throws Exception {
        SignedJWT original = SignedJWT.parse(ctx.token("citizen_a"));
        assertRefused(ctx, resign(original, original.getHeader().getKeyID(), original.getJWTClaimsSet()));
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void aTokenWithAnUnknownKidIsRefused(TestContext ctx) throws Exception {
        SignedJWT original = SignedJWT.parse(ctx.token("citizen_a"));
        assertRefused(ctx, resign(original, "conformance-unknown-kid", original.getJWTClaimsSet()));
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void anIdTokenIsNotAnAccessToken(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid profile", account(ctx, "citizen_a"));
        assertRefused(ctx, t.idToken());
    }

    @Requirement({"SSO-060", "GEN-019"})
    public void aTokenFromAnotherIssuerIsRefused(TestContext ctx) throws Exception {
        SignedJWT original = SignedJWT.parse(ctx.token("citizen_a"));
        JWTClaimsSet claims = new JWTClaimsSet.Builder(original.getJWTClaimsSet())
                .issuer("https://issuer.conformance.example").build();
        assertRefused(ctx, resign(original, "conformance-other-issuer", claims));
    }

    @Requirement({"SSO-060", "SSO-070", "GEN-019"})
    public void aRevokedAccessTokenIsRefused(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid account", account(ctx, "citizen_a"));
        Flows.assertAccepted(ctx, t.accessToken());
        Exchange revoke = ctx.oidc().revoke(ctx.http(), "confidential", t.accessToken(), "access_token");
        assertThat(revoke.status()).as("status of the revocation").isEqualTo(200);
        assertRefused(ctx, t.accessToken());
        Exchange me = Flows.get(ctx, "/v1/me", t.accessToken());
        assertProblem(me, 401, "unauthenticated");
    }

    @Requirement({"GEN-020"})
    public void aTokenWithoutTheOperationsScopeAnswers403(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid profile", account(ctx, "citizen_a"));
        assertProblem(Flows.get(ctx, "/v1/me", t.accessToken()), 403, "insufficient-scope");
    }

    @Requirement({"GEN-020"})
    public void anAgencyBackEndTokenCannotReadACitizensAccount(TestContext ctx) {
        String agency = ctx.oidc().agencyToken(ctx.http(), null);
        assertProblem(Flows.get(ctx, "/v1/me", agency), 403, "insufficient-scope");
    }

    private static RSAKey providerKey(TestContext ctx, String kid) throws ParseException {
        Exchange e = ctx.http().get(ctx.oidc().endpoint(ctx.http(), "jwks_uri"));
        return (RSAKey) JWKSet.parse(e.responseBody()).getKeyByKeyId(kid);
    }

    private static RSAKey ownKey;

    /** A key of the suite's own (made once per process: 2048-bit key generation is slow). */
    private static synchronized RSAKey ownKey() throws JOSEException {
        if (ownKey == null) {
            ownKey = new RSAKeyGenerator(2048).generate();
        }
        return ownKey;
    }

    private static String resign(SignedJWT original, String kid, JWTClaimsSet claims) throws JOSEException {
        RSAKey own = ownKey();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID(kid).build(), claims);
        forged.sign(new RSASSASigner(own));
        return forged.serialize();
    }
}
