package id.mpp.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.CurlCommand;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;

/**
 * The machine-readable result ({@code conformance-result.json}): versions, the configuration digest, the verdict
 * of each requirement and of each test, and for each failure its exchanges and {@code curl} lines.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode build(SuiteResult result, VendorConfig config) {
        ObjectNode root = JSON.createObjectNode();
        root.put("suite_version", result.suiteVersion());
        root.put("contract_version", result.contractVersion());
        root.put("base_url", result.baseUrl());
        root.put("configuration_sha256", ConfigDigest.sha256(config));
        root.set("configuration", ConfigDigest.redacted(config));
        root.put("duration_ms", result.durationMillis());
        root.put("required_passed", result.requiredPassed());
        ObjectNode counts = root.putObject("counts");
        for (Verdict v : Verdict.values()) {
            counts.put(v.name().toLowerCase(java.util.Locale.ROOT), result.count(v));
        }
        ObjectNode requirements = root.putObject("requirements");
        result.requirementVerdicts().forEach((id, v) -> requirements.put(id, v.name().toLowerCase(java.util.Locale.ROOT)));
        ArrayNode tests = root.putArray("tests");
        for (TestResult r : result.results()) {
            ObjectNode t = tests.addObject();
            t.put("name", r.test().name());
            t.put("profile", r.test().profile());
            r.test().requirements().forEach(t.putArray("requirements")::add);
            t.put("tier", r.required() ? "required" : "optional");
            t.put("verdict", r.verdict().name().toLowerCase(java.util.Locale.ROOT));
            t.put("duration_ms", r.durationMillis());
            if (r.message() != null) {
                t.put("message", r.message());
            }
            if (r.verdict() == Verdict.FAILED) {
                ArrayNode exchanges = t.putArray("exchanges");
                r.exchanges().forEach(e -> exchanges.add(exchange(e)));
            }
        }
        return root;
    }

    /** The report as indented JSON text. */
    public static String write(SuiteResult result, VendorConfig config) {
        try {
            return JSON.writeValueAsString(build(result, config));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode exchange(Exchange e) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode request = node.putObject("request");
        request.put("method", e.method());
        request.put("url", e.url());
        request.set("headers", JSON.valueToTree(e.requestHeaders()));
        request.put("body", e.requestBody());
        ObjectNode response = node.putObject("response");
        response.put("status", e.status());
        response.set("headers", JSON.valueToTree(e.responseHeaders()));
        response.put("body", e.responseBody());
        e.violations().forEach(node.putArray("contract_violations")::add);
        node.put("curl", CurlCommand.of(e));
        return node;
    }
}
