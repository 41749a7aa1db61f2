package id.mpp.conformance.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A WireMock server that answers the public endpoints as a conforming MPP Digital implementation would (its
 * answers made from the contract's examples), or with the given faults switched on.
 */
public final class FakeServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEMS = "https://mpp-digital.go.id/problems/";
    private static final String EXAMPLE_ISSUER = "https://mpp.banyumaskab.go.id";

    private final WireMockServer server;
    private final Set<Fault> faults;

    private FakeServer(Set<Fault> faults) {
        this.faults = faults;
        this.server = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true)
                .extensions(new Conventions(faults)));
        server.start();
        stubAll();
    }

    /** A server with these faults (none: a conforming server). */
    public static FakeServer start(Set<Fault> faults) {
        return new FakeServer(Set.copyOf(faults));
    }

    /** The base URL to test. */
    public URI baseUrl() {
        return URI.create(server.baseUrl());
    }

    @Override
    public void close() {
        server.stop();
    }

    private void stubAll() {
        stubFallbacks();
        stubRegions();
        stubCatalogue();
        stubAccountsAndMe();
        stubSso();
    }

    private void stubFallbacks() {
        if (faults.contains(Fault.HTML_NOT_FOUND)) {
            stub(10, any(anyUrl()), aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>Not Found</h1></body></html>"));
        } else {
            stub(10, any(anyUrl()), problem(404, "not-found", null));
        }
    }

    private void stubRegions() {
        List<JsonNode> regions = regions();
        ResponseDefinitionBuilder notFound = problem(404, "not-found", null);
        if (faults.contains(Fault.PROBLEM_WITHOUT_TYPE)) {
            notFound = json(404, "application/problem+json",
                    "{\"title\":\"Tidak ditemukan\",\"status\":404,\"request_id\":\"" + Conventions.REQUEST_ID_PLACEHOLDER + "\"}");
        }
        stub(1, get(urlPathEqualTo("/v1/regions/99.99")), notFound);
        stub(1, get(urlPathEqualTo("/v1/regions/3302")), problem(400, "validation-error", "#/path/region_code"));
        for (JsonNode region : regions) {
            JsonNode body = region;
            if (faults.contains(Fault.REGION_CODE_AS_NUMBER)) {
                body = region.deepCopy();
                ((ObjectNode) body).put("code", Double.parseDouble(region.path("code").asText()));
            }
            stub(1, get(urlPathEqualTo("/v1/regions/" + region.path("code").asText())), ok(body));
        }
        String validSize = faults.contains(Fault.PAGE_SIZE_ZERO_ACCEPTED) ? "[0-9]|[1-9][0-9]|100" : "[1-9]|[1-9][0-9]|100";
        stub(1, get(urlPathEqualTo("/v1/regions")).withQueryParam("page_size", matching("^(?!(?:" + validSize + ")$).*$")),
                problem(400, "validation-error", "#/query/page_size"));
        stub(2, get(urlPathEqualTo("/v1/regions")).withQueryParam("page_token", equalTo("t1")),
                ok(page(List.of(regions.get(1)), "t2")));
        stub(2, get(urlPathEqualTo("/v1/regions")).withQueryParam("page_token", equalTo("t2")),
                ok(page(List.of(regions.get(2)), null)));
        stub(3, get(urlPathEqualTo("/v1/regions")).withQueryParam("page_token", matching(".*")),
                faults.contains(Fault.FORGED_PAGE_TOKEN_ACCEPTED) ? ok(page(regions, null))
                        : problem(400, "validation-error", "#/query/page_token"));
        stub(4, get(urlPathEqualTo("/v1/regions")).withQueryParam("page_size", equalTo("1")),
                ok(page(List.of(regions.get(0)), "t1")));
        stub(4, get(urlPathEqualTo("/v1/regions")).withQueryParam("province_code", equalTo("33")),
                ok(page(regions.subList(0, 2), null)));
        stub(4, get(urlPathEqualTo("/v1/regions")).withQueryParam("province_code", equalTo("34")),
                ok(page(regions.subList(2, 3), null)));
        stub(5, get(urlPathEqualTo("/v1/regions")), ok(page(regions, null)));
        ResponseDefinitionBuilder notAllowed = problem(405, "method-not-allowed", null);
        if (!faults.contains(Fault.NO_ALLOW_HEADER)) {
            notAllowed = notAllowed.withHeader("Allow", "GET");
        }
        stub(1, delete(urlPathEqualTo("/v1/regions")), notAllowed);
    }

    private void stubCatalogue() {
        JsonNode agencies = ContractExamples.response("/v1/agencies", "get", "200");
        stub(5, get(urlPathEqualTo("/v1/agencies")), ok(agencies));
        agencies.path("items").forEach(a -> stub(1, get(urlPathEqualTo("/v1/agencies/" + a.path("id").asText())), ok(a)));
        JsonNode services = ContractExamples.response("/v1/services", "get", "200");
        if (faults.contains(Fault.SERVICE_AGENCY_NAME_STALE)) {
            services.path("items").forEach(s -> ((ObjectNode) s).put("agency_name", "Polres Banyumas (nama lama)"));
        }
        stub(5, get(urlPathEqualTo("/v1/services")), ok(services));
        services.path("items").forEach(s -> stub(1, get(urlPathEqualTo("/v1/services/" + s.path("id").asText())), ok(s)));
    }

    private void stubAccountsAndMe() {
        stub(1, post(urlPathEqualTo("/v1/accounts")).withHeader("Content-Type", containing("application/json")),
                faults.contains(Fault.MALFORMED_JSON_500) ? problem(500, "internal-error", null)
                        : problem(400, "malformed-request", null));
        stub(2, post(urlPathEqualTo("/v1/accounts")), problem(415, "unsupported-media-type", null));
        ResponseDefinitionBuilder refused = faults.contains(Fault.FORBIDDEN_INSTEAD_OF_401)
                ? problem(403, "forbidden", null) : problem(401, "unauthenticated", null);
        if (!faults.contains(Fault.NO_WWW_AUTHENTICATE) && !faults.contains(Fault.FORBIDDEN_INSTEAD_OF_401)) {
            refused = refused.withHeader("WWW-Authenticate", "Bearer realm=\"mpp\", error=\"invalid_token\"");
        }
        stub(1, get(urlPathEqualTo("/v1/me")), refused);
    }

    private void stubSso() {
        String base = server.baseUrl();
        String discovery = ContractExamples.response("/.well-known/openid-configuration", "get", "200").toString()
                .replace(EXAMPLE_ISSUER, base);
        ObjectNode doc = (ObjectNode) read(discovery);
        if (faults.contains(Fault.PKCE_PLAIN_ADVERTISED)) {
            ((ArrayNode) doc.path("code_challenge_methods_supported")).add("plain");
        }
        stub(1, get(urlPathEqualTo("/.well-known/openid-configuration")),
                ok(doc).withHeader("Cache-Control", "public, max-age=3600"));
        ObjectNode jwks = (ObjectNode) ContractExamples.response("/v1/sso/jwks", "get", "200");
        if (faults.contains(Fault.JWKS_PRIVATE_MEMBER)) {
            ((ObjectNode) jwks.path("keys").path(0)).put("d", "c2VjcmV0LWV4cG9uZW50");
        }
        stubToken();
        stubAuthorize();
        stub(1, get(urlPathEqualTo("/v1/sso/jwks")), ok(jwks).withHeader("Cache-Control", "public, max-age=3600"));
    }

    private void stubAuthorize() {
        String path = "/v1/sso/authorize";
        String redirectPattern = faults.contains(Fault.REDIRECT_URI_PREFIX_MATCH) ? "^(?!http://127\\.0\\.0\\.1/callback).*$"
                : "^(?!http://127\\.0\\.0\\.1/callback$).*$";
        stub(1, get(urlPathEqualTo(path)).withQueryParam("client_id", matching("^(?!conformance-app$).*$")),
                problem(400, "validation-error", "#/query/client_id").withHeader("Cache-Control", "no-store"));
        stub(1, get(urlPathEqualTo(path)).withQueryParam("redirect_uri", matching(redirectPattern)),
                problem(400, "validation-error", "#/query/redirect_uri").withHeader("Cache-Control", "no-store"));
        stub(2, get(urlPathEqualTo(path)).withQueryParam("code_challenge", absent()), errorRedirect("invalid_request"));
        stub(2, get(urlPathEqualTo(path)).withQueryParam("code_challenge_method", absent()),
                errorRedirect("invalid_request"));
        if (!faults.contains(Fault.PKCE_PLAIN_ACCEPTED)) {
            stub(2, get(urlPathEqualTo(path)).withQueryParam("code_challenge_method", matching("^(?!S256$).*$")),
                    errorRedirect("invalid_request"));
        }
        stub(3, get(urlPathEqualTo(path)).withQueryParam("response_type", matching("^(?!code$).*$")),
                errorRedirect("unsupported_response_type"));
        stub(3, get(urlPathEqualTo(path)).withQueryParam("scope", matching("^(?!(.*\\s)?openid(\\s.*)?$).*$")),
                errorRedirect("invalid_scope"));
        stub(4, get(urlPathEqualTo(path)), aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Cache-Control", "no-store")
                .withHeader("X-Frame-Options", faults.contains(Fault.LOGIN_PAGE_FRAMEABLE) ? "SAMEORIGIN" : "DENY")
                .withHeader("Content-Security-Policy", "frame-ancestors 'none'")
                .withBody("<!DOCTYPE html><html><body><form method=\"post\" action=\"/v1/sso/login\">"
                        + "<input name=\"username\"><input name=\"password\" type=\"password\"></form></body></html>"));
    }

    private ResponseDefinitionBuilder errorRedirect(String error) {
        String iss = java.net.URLEncoder.encode(server.baseUrl(), java.nio.charset.StandardCharsets.UTF_8);
        return aResponse().withStatus(302).withHeader("Cache-Control", "no-store").withHeader("Location",
                "http://127.0.0.1/callback?error=" + error + "&state=" + Conventions.STATE_PLACEHOLDER + "&iss=" + iss);
    }

    private void stubToken() {
        String cache = faults.contains(Fault.TOKEN_ERRORS_CACHEABLE) ? "public, max-age=60" : "no-store";
        stub(1, post(urlPathEqualTo("/v1/sso/token")).withRequestBody(containing("grant_type=password")),
                oauthError(400, "unsupported_grant_type").withHeader("Cache-Control", cache));
        stub(2, post(urlPathEqualTo("/v1/sso/token")).withRequestBody(containing("client_id=conformance-app")),
                oauthError(400, "unauthorized_client").withHeader("Cache-Control", cache));
        stub(3, post(urlPathEqualTo("/v1/sso/token")), faults.contains(Fault.INVALID_CLIENT_AS_400)
                ? oauthError(400, "invalid_request").withHeader("Cache-Control", cache)
                : oauthError(401, "invalid_client").withHeader("Cache-Control", cache)
                        .withHeader("WWW-Authenticate", "Basic realm=\"mpp\""));
    }

    private static ResponseDefinitionBuilder oauthError(int status, String error) {
        ObjectNode p = JSON.createObjectNode();
        p.put("error", error).put("error_description", error).put("type", PROBLEMS + "oauth-" + error.replace('_', '-'))
                .put("title", error).put("status", status).put("request_id", Conventions.REQUEST_ID_PLACEHOLDER);
        return json(status, "application/json", p.toString());
    }

    private List<JsonNode> regions() {
        JsonNode list = ContractExamples.response("/v1/regions", "get", "200");
        return List.of(list.path("items").path(0), list.path("items").path(1),
                ContractExamples.response("/v1/regions/{region_code}", "get", "200"));
    }

    private static JsonNode page(List<JsonNode> items, String next) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray("items");
        items.forEach(array::add);
        if (next != null) {
            page.put("next_page_token", next);
        }
        return page;
    }

    private static ResponseDefinitionBuilder ok(JsonNode body) {
        return json(200, "application/json", body.toString());
    }

    private static ResponseDefinitionBuilder problem(int status, String type, String pointer) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", PROBLEMS + type).put("title", type.replace('-', ' ')).put("status", status)
                .put("detail", "Fake server: " + type).put("request_id", Conventions.REQUEST_ID_PLACEHOLDER);
        if (pointer != null) {
            p.putArray("errors").addObject().put("pointer", pointer).put("code", "INVALID_FORMAT").put("message", "invalid");
        }
        return json(status, "application/problem+json", p.toString());
    }

    private static ResponseDefinitionBuilder json(int status, String mediaType, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", mediaType).withBody(body);
    }

    private void stub(int priority, MappingBuilder mapping, ResponseDefinitionBuilder response) {
        server.stubFor(mapping.atPriority(priority).willReturn(response));
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
