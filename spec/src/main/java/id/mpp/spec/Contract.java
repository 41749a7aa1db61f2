package id.mpp.spec;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * Where the bundled MPP Digital contract and its requirement catalogue live on the classpath of the spec jar.
 *
 * <p>Every module that generates code or checks behaviour reads the contract through these names, so there is
 * exactly one contract in the build.
 */
public final class Contract {

    /** Classpath resource of the bundled, self-contained OpenAPI 3.0.3 document. */
    public static final String OPENAPI_RESOURCE = "mpp-digital-v1.yaml";

    /** Classpath resource of the requirement catalogue (every normative rule with its stable ID). */
    public static final String REQUIREMENTS_RESOURCE = "mpp-digital-v1-requirements.yaml";

    /** Classpath resource holding {@code contract.version}, the contract's {@code info.version}. */
    public static final String VERSION_RESOURCE = "mpp-digital-v1.properties";

    private Contract() {
    }

    /** Opens the bundled contract; the caller closes the stream. */
    public static InputStream openApi() {
        return open(OPENAPI_RESOURCE);
    }

    /** Opens the requirement catalogue; the caller closes the stream. */
    public static InputStream requirements() {
        return open(REQUIREMENTS_RESOURCE);
    }

    private static InputStream open(String resource) {
        InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException(
                    resource + " is not on the classpath: build the spec module first (mvn -pl spec package)"));
        }
        return in;
    }
}
