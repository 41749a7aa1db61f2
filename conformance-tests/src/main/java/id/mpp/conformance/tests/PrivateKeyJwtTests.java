package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.config.KeyClientConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Client authentication with {@code private_key_jwt} (capability {@code private-key-jwt}): the suite signs the
 * {@code client_assertion} of the vendor's key client with the configured private key, then breaks it one way at a
 * time.
 */
@Profile("sso")
public class PrivateKeyJwtTests {

    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Requirement({"SSO-051"})
    public void aValidAssertionGetsATokenAndItsJtiCannotBeReplayed(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        String assertion = a.signed(a.claims().build(), a.key());
        Exchange first = a.request(assertion);
        assertThat(first.status()).as("status of a client_credentials grant with a valid assertion: %s",
                first.responseBody()).isEqualTo(200);
        assertThat(first.json().path("access_token").asText()).isNotEmpty();
        assertOAuthError(a.request(assertion), 401, "invalid_client");
    }

    @Requirement({"SSO-051"})
    public void anAssertionSignedByAnUnregisteredKeyIsRefused(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        assertOAuthError(a.request(a.signed(a.claims().build(), Assertion.otherKey())), 401, "invalid_client");
    }

    @Requirement({"SSO-051"})
    public void anUnsignedOrHmacAssertionIsRefused(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        assertOAuthError(a.request(new PlainJWT(a.claims().build()).serialize()), 401, "invalid_client");
        try {
            SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), a.claims().build());
            hmac.sign(new MACSigner(Base64URL.encode(a.client.privateJwk()).decode()));
            assertOAuthError(a.request(hmac.serialize()), 401, "invalid_client");
        } catch (JOSEException e) {
            throw new AssertionError("could not make the HMAC assertion", e);
        }
    }

    @Requirement({"SSO-051"})
    public void anAssertionForAnotherAudienceIsRefused(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        String assertion = a.signed(a.claims().audience("https://pemda.example/not-this-provider").build(), a.key());
        assertOAuthError(a.request(assertion), 401, "invalid_client");
    }

    @Requirement({"SSO-051"})
    public void anExpiredOrTooLongLivedAssertionIsRefused(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        Instant now = Instant.now();
        JWTClaimsSet expired = a.claims().issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(300))).build();
        assertOAuthError(a.request(a.signed(expired, a.key())), 401, "invalid_client");
        JWTClaimsSet tooLong = a.claims().issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .build();
        assertOAuthError(a.request(a.signed(tooLong, a.key())), 401, "invalid_client");
    }

    @Requirement({"SSO-051"})
    public void anAssertionWhoseIssuerIsNotTheClientIsRefused(TestContext ctx) {
        Assertion a = new Assertion(ctx);
        String assertion = a.signed(a.claims().issuer("another-client").build(), a.key());
        assertOAuthError(a.request(assertion), 401, "invalid_client");
    }

    /** Builds, signs and sends assertions of the configured key client. */
    private static final class Assertion {
        private final TestContext ctx;
        private final KeyClientConfig client;
        private final String tokenEndpoint;
        private final String issuer;

        Assertion(TestContext ctx) {
            this.ctx = ctx;
            this.client = ctx.config().keyClient();
            assertThat(client).as("clients.private_key_jwt of the configuration").isNotNull();
            this.tokenEndpoint = ctx.oidc().endpoint(ctx.http(), "token_endpoint");
            this.issuer = ctx.oidc().discovery(ctx.http()).path("issuer").asText();
        }

        /** The claims of a valid assertion: iss and sub the client, aud the issuer, 60 seconds of life, a new jti. */
        JWTClaimsSet.Builder claims() {
            Instant now = Instant.now();
            return new JWTClaimsSet.Builder().issuer(client.clientId()).subject(client.clientId()).audience(issuer)
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                    .jwtID(UUID.randomUUID().toString());
        }

        JWK key() {
            try {
                return JWK.parse(client.privateJwk());
            } catch (ParseException e) {
                throw new AssertionError("clients.private_key_jwt.private_jwk is not a JWK", e);
            }
        }

        static JWK otherKey() {
            try {
                return new ECKeyGenerator(Curve.P_256).keyID("conformance-unregistered").generate();
            } catch (JOSEException e) {
                throw new AssertionError(e);
            }
        }

        String signed(JWTClaimsSet claims, JWK key) {
            try {
                boolean ec = key.getKeyType() == KeyType.EC;
                JWSSigner signer = ec ? new ECDSASigner((ECKey) key) : new RSASSASigner(key.toRSAKey());
                JWSHeader header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                        .keyID(key.getKeyID()).build();
                SignedJWT jwt = new SignedJWT(header, claims);
                jwt.sign(signer);
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new AssertionError("could not sign the assertion", e);
            }
        }

        Exchange request(String assertion) {
            String body = "grant_type=client_credentials&client_id=" + encode(client.clientId())
                    + "&client_assertion_type=" + encode(ASSERTION_TYPE) + "&client_assertion=" + encode(assertion);
            return ctx.http().send(HttpCall.method("POST", tokenEndpoint).header("Accept", "application/json")
                    .body("application/x-www-form-urlencoded", body));
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
