package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Flows.account;
import static id.mpp.conformance.tests.Flows.assertAccepted;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static id.mpp.conformance.tests.Flows.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Redirect;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import java.util.List;
import java.util.Map;

/** The token endpoint after a sign-in: code redemption, PKCE, ID and access tokens, refresh tokens. */
@Profile("sso")
public class TokenFlowTests {

    private static final List<String> ACRS = List.of("urn:mpp:acr:basic", "urn:mpp:acr:email", "urn:mpp:acr:nik");

    @Requirement({"SSO-030"})
    public void aCodeRedeemedTwiceAnswersInvalidGrantAndRevokesTheFirstTokens(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid offline_access");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        Tokens first = IdTokens.exchange(ctx, request, r);
        Exchange again = ctx.oidc().exchangeCode(ctx.http(), request, r.code(), request.pkce().verifier());
        assertOAuthError(again, 400, "invalid_grant");
        assertThat(again.json().has("access_token")).as("no token on the second redemption").isFalse();
        assertRefused(ctx, first.accessToken());
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", first.refreshToken(), null), 400, "invalid_grant");
    }

    @Requirement({"SSO-033"})
    public void aCodeWithoutVerifierAnswersInvalidRequest(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, r.code(), null);
        assertOAuthError(e, 400, "invalid_request");
        assertThat(e.json().has("access_token")).isFalse();
    }

    @Requirement({"SSO-033"})
    public void aCodeWithAWrongVerifierAnswersInvalidGrant(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, r.code(), request.pkce().verifier() + "x");
        assertOAuthError(e, 400, "invalid_grant");
        assertThat(e.json().has("access_token")).isFalse();
    }

    @Requirement({"SSO-033"})
    public void aPublicClientsCodeWithAWrongVerifierAnswersInvalidGrant(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "public");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, r.code(),
                id.mpp.conformance.auth.Pkce.create().verifier());
        assertOAuthError(e, 400, "invalid_grant");
    }

    @Requirement({"SSO-032"})
    public void aCodeRedeemedWithAnotherRedirectUriAnswersInvalidGrant(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        request.param("redirect_uri", request.redirectUri() + "/other");
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, r.code(), request.pkce().verifier());
        assertOAuthError(e, 400, "invalid_grant");
        assertThat(e.json().has("access_token")).isFalse();
    }

    @Requirement({"SSO-032"})
    public void aCodeRedeemedByAnotherClientAnswersInvalidGrant(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Redirect r = Flows.codeFor(ctx, request, account(ctx, "citizen_a"));
        Exchange e = ctx.oidc().token(ctx.http(), "public", Map.of("grant_type", "authorization_code",
                "code", r.code(), "redirect_uri", request.redirectUri(), "code_verifier", request.pkce().verifier()));
        assertOAuthError(e, 400, "invalid_grant");
        assertThat(e.json().has("access_token")).isFalse();
    }

    @Requirement({"SSO-034", "SSO-001", "SSO-004"})
    public void theIdTokenCarriesEveryRequiredClaim(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid profile");
        Tokens t = IdTokens.exchange(ctx, request, Flows.codeFor(ctx, request, account(ctx, "citizen_a")));
        IdTokens.assertSignedByTheProvider(ctx, t.idToken());
        JsonNode c = IdTokens.claims(t.idToken());
        assertThat(c.path("iss").asText()).as("iss").isEqualTo(ctx.oidc().issuer());
        assertThat(c.path("sub").asText()).as("sub").isNotEmpty();
        JsonNode aud = c.path("aud");
        assertThat(aud.isArray() ? aud.get(0).asText() : aud.asText()).as("aud").isEqualTo(request.client().clientId());
        assertThat(c.path("exp").asLong()).as("exp later than iat").isGreaterThan(c.path("iat").asLong());
        assertThat(c.path("auth_time").isNumber()).as("auth_time").isTrue();
        assertThat(ACRS).as("acr").contains(c.path("acr").asText());
        assertThat(c.path("at_hash").asText()).as("at_hash").isEqualTo(IdTokens.atHash(t.accessToken()));
        assertThat(c.path("nonce").asText()).as("nonce").isEqualTo(request.nonce());
    }

    @Requirement({"SSO-034"})
    public void withoutNonceTheIdTokenHasNoNonce(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").param("nonce", null);
        Tokens t = IdTokens.exchange(ctx, request, Flows.codeFor(ctx, request, account(ctx, "citizen_a")));
        assertThat(IdTokens.claims(t.idToken()).has("nonce")).as("nonce in the ID token").isFalse();
    }

    @Requirement({"SSO-035", "SSO-004", "SSO-001"})
    public void theAccessTokenIsAnRfc9068Jwt(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid profile");
        Tokens t = IdTokens.exchange(ctx, request, Flows.codeFor(ctx, request, account(ctx, "citizen_a")));
        IdTokens.assertSignedByTheProvider(ctx, t.accessToken());
        assertThat(IdTokens.header(t.accessToken()).path("typ").asText()).as("typ").isEqualToIgnoringCase("at+jwt");
        JsonNode c = IdTokens.claims(t.accessToken());
        for (String claim : List.of("iss", "sub", "aud", "client_id", "scope", "iat", "exp", "jti")) {
            assertThat(c.has(claim)).as("claim %s", claim).isTrue();
        }
        assertThat(c.path("iss").asText()).as("iss").isEqualTo(ctx.oidc().issuer());
        assertThat(c.path("client_id").asText()).as("client_id").isEqualTo(request.client().clientId());
        long expiresIn = t.body().path("expires_in").asLong();
        assertThat(expiresIn).as("expires_in").isEqualTo(c.path("exp").asLong() - c.path("iat").asLong())
                .isBetween(1L, 300L);
    }

    @Requirement({"SSO-036"})
    public void aSuccessfulTokenAnswerIsNeitherStoredNorCached(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Tokens t = IdTokens.exchange(ctx, request, Flows.codeFor(ctx, request, account(ctx, "citizen_a")));
        assertThat(t.exchange().header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
        assertThat(t.exchange().header("pragma").orElse("")).as("Pragma").contains("no-cache");
    }

    @Requirement({"SSO-020"})
    public void theAcrIsTheAccountsLevelWhateverAcrValuesAskFor(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").param("acr_values", "urn:mpp:acr:nik");
        Tokens t = IdTokens.exchange(ctx, request, Flows.codeFor(ctx, request, fresh.login()));
        assertThat(IdTokens.claims(t.idToken()).path("acr").asText()).as("acr of a password-only account")
                .isEqualTo("urn:mpp:acr:basic");
    }

    @Requirement({"SSO-040"})
    public void noRefreshTokenWithoutOfflineAccess(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid profile", account(ctx, "citizen_a"));
        assertThat(t.refreshToken()).as("refresh_token without offline_access").isNull();
    }

    @Requirement({"SSO-040"})
    public void aRefreshAnswersANewRefreshTokenAndTheUsedOneIsRefused(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        assertThat(t.refreshToken()).as("refresh_token with offline_access").isNotNull();
        Exchange e = ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null);
        assertThat(e.status()).as("status of the refresh: %s", e.responseBody()).isEqualTo(200);
        String next = e.json().path("refresh_token").asText(null);
        assertThat(next).as("a new refresh token").isNotNull().isNotEqualTo(t.refreshToken());
        assertThat(e.header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
        assertAccepted(ctx, e.json().path("access_token").asText());
    }

    @Requirement({"SSO-041"})
    public void reusingARotatedRefreshTokenRevokesTheWholeFamily(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        Exchange rotated = ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null);
        assertThat(rotated.status()).as("status of the first refresh").isEqualTo(200);
        String newest = rotated.json().path("refresh_token").asText();
        String access = rotated.json().path("access_token").asText();
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null), 400, "invalid_grant");
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", newest, null), 400, "invalid_grant");
        assertRefused(ctx, access);
    }

    @Requirement({"SSO-042"})
    public void aRefreshTokenPresentedByAnotherClientAnswersInvalidGrant(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "public", t.refreshToken(), null), 400, "invalid_grant");
        Exchange own = ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null);
        assertThat(own.status()).as("the refresh token still works for its own client").isEqualTo(200);
    }

    @Requirement({"SSO-042"})
    public void aRefreshWithAWiderScopeAnswersInvalidScope(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), "openid offline_access email"),
                400, "invalid_scope");
        Exchange own = ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null);
        assertThat(own.status()).as("the refresh token still works").isEqualTo(200);
    }

    @Requirement({"SSO-053", "SSO-035"})
    public void clientCredentialsGiveOnlyAnAccessTokenForTheClient(TestContext ctx) {
        Exchange e = ctx.oidc().clientCredentials(ctx.http(), null);
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(200);
        assertThat(e.json().has("refresh_token")).as("refresh_token").isFalse();
        assertThat(e.json().has("id_token")).as("id_token").isFalse();
        JsonNode c = IdTokens.claims(e.json().path("access_token").asText());
        assertThat(c.path("sub").asText()).as("sub").isEqualTo(ctx.config().clients().get("agency_backend").clientId());
        assertThat(List.of(c.path("scope").asText().split(" "))).as("scopes")
                .doesNotContain("openid", "profile", "account", "offline_access");
    }

    @Requirement({"SSO-053"})
    public void clientCredentialsForOpenidAnswersInvalidScope(TestContext ctx) {
        assertOAuthError(ctx.oidc().clientCredentials(ctx.http(), "openid"), 400, "invalid_scope");
    }

    @Requirement({"SSO-053"})
    public void clientCredentialsForAnUnregisteredScopeAnswersInvalidScope(TestContext ctx) {
        assertOAuthError(ctx.oidc().clientCredentials(ctx.http(), "documents.write"), 400, "invalid_scope");
    }

    @Requirement({"SSO-062"})
    public void noTokenEverContainsTheNik(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid profile nik");
        assertThat(IdTokens.claims(t.idToken()).toString()).as("ID token").doesNotContain(fresh.nik());
        assertThat(IdTokens.claims(t.accessToken()).toString()).as("access token").doesNotContain(fresh.nik());
        assertThat(t.exchange().responseBody()).as("token response").doesNotContain(fresh.nik());
    }
}
