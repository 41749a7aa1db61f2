package id.mpp.conformance;

import id.mpp.conformance.config.ConfigLoader;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.fake.Fault;
import id.mpp.conformance.fake.FakeServer;
import id.mpp.conformance.run.ProgressListener;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.tests.TestPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Runs the real suite, through the jar's runner, against the fake server with some faults switched on. */
final class FakeRuns {

    private FakeRuns() {
    }

    static VendorConfig config() {
        try (InputStream in = FakeRuns.class.getResourceAsStream("/vendor-fake.yaml")) {
            return ConfigLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SuiteResult run(Set<Fault> faults) {
        try (FakeServer server = FakeServer.start(faults)) {
            return new SuiteRunner(config().withBaseUrl(server.baseUrl()), Set.of(), ProgressListener.NONE)
                    .run(TestPlan.WITHOUT_SIGN_IN);
        }
    }
}
