package id.mpp.conformance.report;

import id.mpp.conformance.http.CurlCommand;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A self-contained HTML page (inline style, no scripts or external assets) a person reads to see the result. */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
            + ".passed{color:#17692c}.failed{color:#b00020;font-weight:bold}.not_tested{color:#777}"
            + "pre{background:#f5f5f5;padding:.6em;overflow-x:auto;white-space:pre-wrap}";

    private HtmlReport() {
    }

    /** The HTML text. */
    public static String write(SuiteResult result, String configSha256) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.append("<title>MPP Digital conformance report</title><style>").append(STYLE).append("</style></head><body>");
        sb.append("<h1>MPP Digital conformance report</h1><p>");
        sb.append(result.requiredPassed() ? "<span class=\"passed\">Every required test passed.</span>"
                : "<span class=\"failed\">Some required tests failed.</span>");
        sb.append("</p><table>");
        row(sb, "Implementation", result.baseUrl());
        row(sb, "Suite version", result.suiteVersion());
        row(sb, "Contract version", result.contractVersion());
        row(sb, "Configuration SHA-256 (redacted)", configSha256);
        row(sb, "Tests", String.format(Locale.ROOT, "%d passed, %d failed, %d not tested, in %d ms",
                result.count(Verdict.PASSED), result.count(Verdict.FAILED), result.count(Verdict.NOT_TESTED),
                result.durationMillis()));
        sb.append("</table><h2>Requirements</h2><table><tr><th>ID</th><th>Verdict</th><th>Tests</th></tr>");
        Map<String, List<String>> tests = result.testsByRequirement();
        result.requirementVerdicts().forEach((id, v) -> sb.append("<tr><td>").append(Xml.escape(id))
                .append("</td><td class=\"").append(css(v)).append("\">").append(css(v).replace('_', ' '))
                .append("</td><td>").append(Xml.escape(String.join(", ", tests.get(id)))).append("</td></tr>"));
        sb.append("</table><h2>Tests</h2><table><tr><th>Test</th><th>Requirements</th><th>Tier</th><th>Verdict</th>"
                + "<th>Note</th></tr>");
        for (TestResult r : result.results()) {
            sb.append("<tr><td>").append(Xml.escape(r.test().name())).append("</td><td>")
                    .append(Xml.escape(String.join(", ", r.test().requirements()))).append("</td><td>")
                    .append(r.required() ? "required" : "optional").append("</td><td class=\"").append(css(r.verdict()))
                    .append("\">").append(css(r.verdict()).replace('_', ' ')).append("</td><td>")
                    .append(Xml.escape(r.verdict() == Verdict.FAILED ? "see below" : r.message())).append("</td></tr>");
        }
        sb.append("</table><h2>Failures</h2>");
        for (TestResult r : result.results()) {
            if (r.verdict() != Verdict.FAILED) {
                continue;
            }
            sb.append("<h3 id=\"").append(Xml.escape(r.test().name())).append("\">").append(Xml.escape(r.test().name()))
                    .append("</h3><p>").append(Xml.escape(r.message())).append("</p>");
            for (Exchange e : r.exchanges()) {
                sb.append("<pre>").append(Xml.escape(render(e))).append("</pre>");
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String render(Exchange e) {
        StringBuilder sb = new StringBuilder("$ ").append(CurlCommand.of(e)).append("\n\n");
        sb.append(e.method()).append(' ').append(e.url()).append('\n');
        e.requestHeaders().forEach((k, vs) -> vs.forEach(v -> sb.append(k).append(": ").append(v).append('\n')));
        if (e.requestBody() != null) {
            sb.append('\n').append(e.requestBody()).append('\n');
        }
        sb.append("\nHTTP ").append(e.status()).append('\n');
        e.responseHeaders().forEach((k, vs) -> vs.forEach(v -> sb.append(k).append(": ").append(v).append('\n')));
        sb.append('\n').append(e.responseBody() == null ? "" : e.responseBody()).append('\n');
        e.violations().forEach(v -> sb.append("\nCONTRACT VIOLATION: ").append(v));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("<tr><th>").append(Xml.escape(name)).append("</th><td>").append(Xml.escape(value)).append("</td></tr>");
    }

    private static String css(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }
}
