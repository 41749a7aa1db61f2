package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OpenID Connect discovery and the JWK Set, which need no sign-in. */
@Profile("sso")
public class DiscoveryTests {

    private static final String SUFFIX = "/.well-known/openid-configuration";
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Requirement({"SSO-001"})
    public void theIssuerIsTheDiscoveryUrlWithoutTheWellKnownSuffix(TestContext ctx) {
        String url = ctx.config().discoveryUrl().toString();
        JsonNode doc = discovery(ctx);
        assertThat(doc.path("issuer").asText()).as("issuer").isEqualTo(url.substring(0, url.length() - SUFFIX.length()));
    }

    @Requirement({"SSO-001"})
    public void everyEndpointIsAbsoluteAndUnderTheIssuer(TestContext ctx) {
        JsonNode doc = discovery(ctx);
        String issuer = doc.path("issuer").asText();
        doc.fields().forEachRemaining(f -> {
            if (f.getKey().endsWith("_endpoint") || f.getKey().equals("jwks_uri")) {
                assertThat(f.getValue().asText()).as(f.getKey()).startsWith(issuer + "/");
            }
        });
    }

    @Requirement({"SSO-002"})
    public void discoveryAdvertisesOnlyWhatTheProfileAllows(TestContext ctx) {
        JsonNode doc = discovery(ctx);
        assertThat(texts(doc.path("response_types_supported"))).as("response_types_supported").containsExactly("code");
        assertThat(texts(doc.path("code_challenge_methods_supported"))).as("code_challenge_methods_supported")
                .containsExactly("S256");
        assertThat(texts(doc.path("id_token_signing_alg_values_supported"))).as("id_token_signing_alg_values_supported")
                .containsExactly("RS256");
        assertThat(texts(doc.path("grant_types_supported"))).as("grant_types_supported")
                .doesNotContain("implicit", "password");
    }

    @Requirement({"SSO-002"})
    public void optionalEndpointsAppearExactlyWithTheirCapability(TestContext ctx) {
        JsonNode doc = discovery(ctx);
        assertThat(doc.hasNonNull("introspection_endpoint")).as("introspection_endpoint present")
                .isEqualTo(ctx.config().declares("introspection"));
        assertThat(doc.hasNonNull("end_session_endpoint")).as("end_session_endpoint present")
                .isEqualTo(ctx.config().declares("rp-initiated-logout"));
        assertThat(texts(doc.path("token_endpoint_auth_methods_supported")).contains("private_key_jwt"))
                .as("private_key_jwt listed").isEqualTo(ctx.config().declares("private-key-jwt"));
    }

    @Requirement({"SSO-003"})
    public void theJwkSetHoldsOnlyPublicRsaSigningKeys(TestContext ctx) {
        Exchange e = ctx.http().get(discovery(ctx).path("jwks_uri").asText());
        assertThat(e.status()).as("JWK Set status").isEqualTo(200);
        Set<String> kids = new HashSet<>();
        JsonNode keys = e.json().path("keys");
        assertThat(keys.size()).as("keys in the set").isGreaterThan(0);
        for (JsonNode key : keys) {
            String kid = key.path("kid").asText("");
            assertThat(kid).as("kid").isNotBlank();
            assertThat(kids.add(kid)).as("kid %s unique", kid).isTrue();
            assertThat(key.path("kty").asText()).as("kty of %s", kid).isEqualTo("RSA");
            assertThat(key.path("use").asText()).as("use of %s", kid).isEqualTo("sig");
            assertThat(key.path("alg").asText()).as("alg of %s", kid).isEqualTo("RS256");
            assertThat(key.path("e").asText()).as("e of %s", kid).isNotBlank();
            byte[] modulus = Base64.getUrlDecoder().decode(key.path("n").asText(""));
            assertThat(new BigInteger(1, modulus).bitLength()).as("modulus bits of %s", kid).isGreaterThanOrEqualTo(2048);
            for (String member : List.of("d", "p", "q", "dp", "dq", "qi")) {
                assertThat(key.has(member)).as("private member %s in key %s", member, kid).isFalse();
            }
        }
    }

    @Requirement({"SSO-003"})
    public void theJwkSetIsCachedForAtMostAnHour(TestContext ctx) {
        Exchange e = ctx.http().get(discovery(ctx).path("jwks_uri").asText());
        String cacheControl = e.header("cache-control").orElse("");
        Matcher m = MAX_AGE.matcher(cacheControl);
        assertThat(m.find()).as("Cache-Control '%s' has max-age", cacheControl).isTrue();
        assertThat(Long.parseLong(m.group(1))).as("max-age").isLessThanOrEqualTo(3600);
    }

    private static JsonNode discovery(TestContext ctx) {
        Exchange e = ctx.http().get(ctx.config().discoveryUrl().toString());
        assertThat(e.status()).as("discovery status").isEqualTo(200);
        return e.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
