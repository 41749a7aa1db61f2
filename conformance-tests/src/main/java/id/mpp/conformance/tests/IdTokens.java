package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Redirect;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Reading and checking the provider's JWTs (ID tokens and access tokens). */
final class IdTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IdTokens() {
    }

    /** Redeems the code of a redirect and answers the tokens, failing the test when it does not succeed. */
    static Tokens exchange(TestContext ctx, AuthRequest request, Redirect redirect) {
        assertThat(redirect.params()).as("authorization answer").containsKey("code");
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, redirect.code(), request.pkce().verifier());
        assertThat(e.status()).as("status of the code exchange: %s", e.responseBody()).isEqualTo(200);
        return new Tokens(e, e.json(), System.currentTimeMillis());
    }

    /** The claims of a JWT, without checking it. */
    static JsonNode claims(String jwt) {
        assertThat(jwt).as("a JWT").isNotNull();
        return part(jwt, 1);
    }

    /** The header of a JWT, without checking it. */
    static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        assertThat(parts.length).as("parts of a JWS compact serialisation").isGreaterThanOrEqualTo(2);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[index]));
        } catch (Exception e) {
            throw new AssertionError("a JWT part that is not base64url JSON: " + e.getMessage());
        }
    }

    /** Asserts the JWT is RS256, names a key of the provider's JWK Set and verifies with it. */
    static void assertSignedByTheProvider(TestContext ctx, String jwt) {
        try {
            JWSObject jws = JWSObject.parse(jwt);
            assertThat(jws.getHeader().getAlgorithm().getName()).as("alg").isEqualTo("RS256");
            String kid = jws.getHeader().getKeyID();
            assertThat(kid).as("kid").isNotNull();
            Exchange e = ctx.http().get(ctx.oidc().endpoint(ctx.http(), "jwks_uri"));
            JWKSet set = JWKSet.parse(e.responseBody());
            JWK key = set.getKeyByKeyId(kid);
            assertThat(key).as("the JWK Set holds the key %s", kid).isNotNull();
            assertThat(jws.verify(new RSASSAVerifier((RSAKey) key))).as("signature verifies with %s", kid).isTrue();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("the JWT cannot be read or verified: " + e.getMessage());
        }
    }

    /** The at_hash of an access token: base64url of the left half of its SHA-256. */
    static String atHash(String accessToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWT with these header and claims JSON texts and this signature part. */
    static String compose(String headerJson, String claimsJson, String signature) {
        return b64(headerJson) + "." + b64(claimsJson) + "." + signature;
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
