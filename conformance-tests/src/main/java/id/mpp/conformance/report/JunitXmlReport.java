package id.mpp.conformance.report;

import id.mpp.conformance.http.CurlCommand;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import java.util.Locale;

/** The result as JUnit XML, one test case per conformance test, for CI systems that read it. */
public final class JunitXmlReport {

    private JunitXmlReport() {
    }

    /** The XML text. */
    public static String write(SuiteResult result) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT,
                "<testsuite name=\"mpp-conformance\" tests=\"%d\" failures=\"%d\" skipped=\"%d\" errors=\"0\" time=\"%.3f\">%n",
                result.results().size(), result.count(Verdict.FAILED), result.count(Verdict.NOT_TESTED),
                result.durationMillis() / 1000.0));
        sb.append("  <properties>\n");
        property(sb, "suite_version", result.suiteVersion());
        property(sb, "contract_version", result.contractVersion());
        property(sb, "base_url", result.baseUrl());
        sb.append("  </properties>\n");
        for (TestResult r : result.results()) {
            sb.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s [%s]\" time=\"%.3f\">",
                    Xml.escape(r.test().testClass().getName()), Xml.escape(r.test().method().getName()),
                    Xml.escape(String.join(",", r.test().requirements())), r.durationMillis() / 1000.0));
            if (r.verdict() == Verdict.FAILED) {
                sb.append("\n    <failure message=\"").append(Xml.escape(r.message())).append("\">");
                r.exchanges().forEach(e -> sb.append(Xml.escape(CurlCommand.of(e))).append('\n'));
                sb.append("</failure>\n  ");
            } else if (r.verdict() == Verdict.NOT_TESTED) {
                sb.append("\n    <skipped message=\"").append(Xml.escape(r.message())).append("\"/>\n  ");
            }
            sb.append("</testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("    <property name=\"").append(name).append("\" value=\"").append(Xml.escape(value)).append("\"/>\n");
    }
}
