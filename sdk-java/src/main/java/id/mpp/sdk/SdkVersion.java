package id.mpp.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions this SDK was built with: its own and the contract's, as recorded in the jar at build time.
 *
 * <p>Both are sent in every request's {@code User-Agent}, so that a server's operators can tell which
 * contract version a caller expects.
 */
public final class SdkVersion {

    private static final Properties BUILD = load("sdk.properties", "mpp-digital-v1.properties");

    private SdkVersion() {
    }

    /** The SDK's own version, for example {@code 0.1.0}. */
    public static String sdk() {
        return BUILD.getProperty("sdk.version", "unknown");
    }

    /** The {@code info.version} of the contract the client was generated from, for example {@code 1.0.0}. */
    public static String contract() {
        return BUILD.getProperty("contract.version", "unknown");
    }

    /** The {@code User-Agent} the SDK sends: {@code mpp-sdk-java/<sdk> (contract <contract>; Java <runtime>)}. */
    public static String userAgent() {
        return "mpp-sdk-java/" + sdk() + " (contract " + contract() + "; Java " + Runtime.version().feature() + ")";
    }

    private static Properties load(String... resources) {
        Properties properties = new Properties();
        for (String resource : resources) {
            try (InputStream in = SdkVersion.class.getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
