package id.mpp.server.http.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.http.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the SSO tests share: a fixed free port so that the issuer ({@code mpp.issuer}) is the URL the tests call
 * (SSO-001), a clock the test moves, the demo clients' secrets, a registered {@code private_key_jwt} client, and
 * form posts.
 */
public final class SsoFixture {
    public static final String WEB_CLIENT = "demo-web";
    public static final String WEB_SECRET = "demo-web-secret-not-for-production";
    public static final String AGENCY_CLIENT = "demo-agency";
    public static final String AGENCY_SECRET = "demo-agency-secret-not-for-production";
    public static final String CLI_CLIENT = "demo-cli";
    public static final String JWT_CLIENT = "test-jwt-backend";
    public static final RSAKey JWT_CLIENT_KEY = generate("test-jwt-backend-1");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SsoFixture() {
    }

    /** Settings of a test application: a fixed port and its issuer, and the {@code private_key_jwt} client. */
    public static Map<String, String> properties() {
        int port = freePort();
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("mpp.issuer", "http://localhost:" + port);
        properties.put("mpp.clients." + JWT_CLIENT + ".auth-method", "private_key_jwt");
        properties.put("mpp.clients." + JWT_CLIENT + ".grant-types", "client_credentials");
        properties.put("mpp.clients." + JWT_CLIENT + ".scopes", "agency.events");
        properties.put("mpp.clients." + JWT_CLIENT + ".agency-id", "33-02-dinkes");
        properties.put("mpp.clients." + JWT_CLIENT + ".jwks", new JWKSet(JWT_CLIENT_KEY.toPublicJWK()).toString());
        return properties;
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a form to {@code path}, with an {@code Authorization} header when {@code authorization} is not null. */
    public static HttpResponse<String> postForm(Http http, String path, String authorization, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    /** A {@code client_credentials} access token of the demo agency back-end. */
    public static String agencyToken(Http http) {
        HttpResponse<String> response = postForm(http, "/v1/sso/token", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "grant_type", "client_credentials");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.body());
        }
        return json(response.body()).path("access_token").asText();
    }

    /** A client assertion of {@link #JWT_CLIENT} for {@code audience}, valid from {@code now} for a minute. */
    public static String assertion(String audience, String jti, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(JWT_CLIENT).subject(JWT_CLIENT).audience(audience)
                .jwtID(jti).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(JWT_CLIENT_KEY.getKeyID())
                    .build(), claims);
            jwt.sign(new RSASSASigner(JWT_CLIENT_KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newJti() {
        return UUID.randomUUID().toString();
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward; starts now, so that tokens also look fresh to other clocks. */
    public static final class MutableClock extends Clock {
        private volatile Instant now = Instant.now();

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
