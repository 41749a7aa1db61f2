package id.mpp.conformance.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This suite's version, as the build stamped it into {@code mpp-conformance.properties}. */
public final class SuiteVersion {

    private SuiteVersion() {
    }

    /** The version, or {@code unknown} when the resource is missing. */
    public static String get() {
        try (InputStream in = SuiteVersion.class.getClassLoader().getResourceAsStream("mpp-conformance.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("suite.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
