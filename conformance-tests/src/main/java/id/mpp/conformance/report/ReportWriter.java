package id.mpp.conformance.report;

import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.run.SuiteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the three reports of a run into a directory. */
public final class ReportWriter {

    /** The JSON result's file name. */
    public static final String JSON = "conformance-result.json";
    /** The JUnit XML file name. */
    public static final String JUNIT = "TEST-mpp-conformance.xml";
    /** The HTML report's file name. */
    public static final String HTML = "conformance-report.html";

    private ReportWriter() {
    }

    /** Writes the reports and answers their paths. */
    public static List<Path> write(SuiteResult result, VendorConfig config, Path dir) {
        try {
            Files.createDirectories(dir);
            Path json = Files.writeString(dir.resolve(JSON), JsonReport.write(result, config), StandardCharsets.UTF_8);
            Path junit = Files.writeString(dir.resolve(JUNIT), JunitXmlReport.write(result), StandardCharsets.UTF_8);
            Path html = Files.writeString(dir.resolve(HTML), HtmlReport.write(result, ConfigDigest.sha256(config)),
                    StandardCharsets.UTF_8);
            return List.of(json, junit, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + dir, e);
        }
    }
}
