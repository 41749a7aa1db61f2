package id.mpp.conformance.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.mpp.spec.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a response against the bundled contract (GEN-022): documented status, media type, body schema and
 * headers, plus the conventions every response shares (X-Request-Id, problem bodies for errors).
 *
 * <p>Built once per process from {@code mpp-digital-v1.yaml}: parsing the contract is the expensive part.
 */
public final class ContractValidator {

    private static final Set<String> OAUTH_ENDPOINTS = Set.of("/v1/sso/token", "/v1/sso/revoke", "/v1/sso/introspect");
    private static final Set<String> HTML_ENDPOINTS = Set.of("/v1/sso/authorize", "/v1/sso/logout");
    private static volatile ContractValidator shared;

    private final OpenApiInteractionValidator validator;
    private final Set<String> problemTypes;
    private final String contractVersion;

    private ContractValidator(String contractYaml) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(contractYaml).build();
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(contractYaml);
            Set<String> types = new HashSet<>();
            root.path("x-mpp-problem-types").forEach(t -> types.add(t.path("type").asText()));
            this.problemTypes = Set.copyOf(types);
            this.contractVersion = root.path("info").path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator of the contract bundled in the {@code mpp-spec} jar on the classpath. */
    public static ContractValidator bundled() {
        if (shared == null) {
            synchronized (ContractValidator.class) {
                if (shared == null) {
                    try (InputStream in = Contract.openApi()) {
                        shared = new ContractValidator(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shared;
    }

    /** The contract's {@code info.version}. */
    public String contractVersion() {
        return contractVersion;
    }

    /** The problem type URIs of the contract's catalogue ({@code x-mpp-problem-types}). */
    public Set<String> problemTypes() {
        return problemTypes;
    }

    /**
     * The violations of one exchange; empty when the response conforms.
     *
     * @param exchange the exchange
     * @param basePath the path prefix of the implementation's base URL ({@code ""} when it has none), which the
     *     contract's paths do not carry
     */
    public List<String> violations(Exchange exchange, String basePath) {
        String path = URI.create(exchange.url()).getRawPath();
        if (!basePath.isEmpty() && path.startsWith(basePath + "/")) {
            path = path.substring(basePath.length());
        }
        List<String> found = new ArrayList<>();
        if (exchange.header("x-request-id").isEmpty()) {
            found.add("the response has no X-Request-Id header (every response carries one)");
        }
        if (exchange.status() >= 400 && !HTML_ENDPOINTS.contains(path) && !isBrowserPage(exchange)) {
            found.addAll(problemViolations(exchange, OAUTH_ENDPOINTS.contains(path)));
        }
        Request.Method method;
        try {
            method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return found;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach((name, values) -> response.withHeader(name, values));
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        ValidationReport report = validator.validateResponse(path, method, response.build());
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR || isOutsideContract(m.getKey())) {
                continue;
            }
            found.add("contract: " + m.getMessage().replace('\n', ' ') + " [" + m.getKey() + "]");
        }
        return found;
    }

    /**
     * The provider's own sign-in pages (login and consent form posts), which the contract leaves to the
     * implementation: a browser's form post answered with an HTML page, errors included.
     */
    private static boolean isBrowserPage(Exchange exchange) {
        String accept = exchange.requestHeaders().getOrDefault("Accept", List.of("")).get(0);
        return accept.startsWith("text/html") && exchange.mediaType().equals("text/html")
                && "POST".equalsIgnoreCase(exchange.method());
    }

    /** A request to an undocumented path or method has no documented response: only the shared rules apply. */
    private static boolean isOutsideContract(String key) {
        return key.endsWith("path.missing") || key.endsWith("operation.notAllowed");
    }

    private List<String> problemViolations(Exchange exchange, boolean oauthEndpoint) {
        List<String> found = new ArrayList<>();
        String expected = oauthEndpoint ? "application/json" : "application/problem+json";
        if (!exchange.mediaType().equals(expected)) {
            found.add("an error response must be " + expected + ", got '" + exchange.mediaType() + "'");
            return found;
        }
        JsonNode body;
        try {
            body = exchange.json();
        } catch (AssertionError e) {
            found.add(e.getMessage());
            return found;
        }
        String type = body.path("type").asText("");
        if (!problemTypes.contains(type)) {
            found.add("the problem type '" + type + "' is not in the contract's problem catalogue");
        }
        if (body.path("status").asInt(-1) != exchange.status()) {
            found.add("the problem status " + body.path("status") + " differs from the HTTP status " + exchange.status());
        }
        if (!body.path("title").isTextual()) {
            found.add("the problem has no title");
        }
        return found;
    }
}
