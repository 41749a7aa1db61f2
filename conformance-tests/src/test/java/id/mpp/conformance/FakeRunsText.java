package id.mpp.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of the fake server's vendor configuration, for tests that break it on purpose. */
final class FakeRunsText {

    private FakeRunsText() {
    }

    static String vendorYaml() {
        try (InputStream in = FakeRunsText.class.getResourceAsStream("/vendor-fake.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
