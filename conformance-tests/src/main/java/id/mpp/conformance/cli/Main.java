package id.mpp.conformance.cli;

import id.mpp.conformance.config.ConfigException;
import id.mpp.conformance.config.ConfigLoader;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.report.ReportWriter;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.run.SuiteVersion;
import id.mpp.conformance.run.Verdict;
import id.mpp.conformance.tests.TestPlan;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of the executable jar: runs the suite against a base URL and writes the reports.
 *
 * <p>Exit codes: 0 when every required test passed, 1 when a required test failed, 2 for a configuration error.
 */
@Command(name = "mpp-conformance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs the MPP Digital conformance suite against an implementation and writes the reports.")
public final class Main implements Callable<Integer> {

    @Option(names = "--base-url", description = "The implementation's base URL (overrides base_url of the config).")
    URI baseUrl;

    @Option(names = "--config", required = true, description = "The vendor configuration (see vendor.example.yaml).")
    Path config;

    @Option(names = "--profile", split = ",", description = "Profiles to run: general, catalogue, sso (default: all).")
    List<String> profiles = List.of();

    @Option(names = "--parallel", defaultValue = "4", description = "How many tests run at once (default: 4; 1 runs"
            + " them one by one, in order).")
    int parallel;

    @Option(names = "--report-dir", defaultValue = "conformance-report", description = "Where to write the reports.")
    Path reportDir;

    private final PrintStream out;

    Main(PrintStream out) {
        this.out = out;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Runs the command line, printing to {@code out}, and answers the exit code. */
    public static int run(PrintStream out, String... args) {
        return new CommandLine(new Main(out)).execute(args);
    }

    @Override
    public Integer call() {
        VendorConfig vendor;
        try {
            vendor = ConfigLoader.load(config, baseUrl);
        } catch (ConfigException e) {
            out.println("Configuration error: " + e.getMessage());
            return 2;
        }
        out.println("MPP Digital conformance suite " + SuiteVersion.get() + " against " + vendor.baseUrl());
        Set<String> selected = new LinkedHashSet<>(profiles);
        if (parallel < 1) {
            out.println("--parallel must be at least 1, not " + parallel);
            return 2;
        }
        SuiteResult result = new SuiteRunner(vendor, selected, new ConsoleProgress(out), parallel).run(TestPlan.ALL);
        List<Path> written = ReportWriter.write(result, vendor, reportDir);
        out.printf("%nPassed %d, failed %d, not tested %d in %d ms.%n", result.count(Verdict.PASSED),
                result.count(Verdict.FAILED), result.count(Verdict.NOT_TESTED), result.durationMillis());
        written.forEach(p -> out.println("Report: " + p.toAbsolutePath()));
        out.println(result.requiredPassed() ? "Every required test passed." : "A required test failed.");
        return result.requiredPassed() ? 0 : 1;
    }

    /** The version picocli prints for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mpp-conformance " + SuiteVersion.get()};
        }
    }
}
