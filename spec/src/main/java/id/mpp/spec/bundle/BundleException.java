package id.mpp.spec.bundle;

import java.nio.file.Path;

/** The contract's sources are inconsistent; the message names the file and what is wrong with it. */
public final class BundleException extends RuntimeException {

    BundleException(Path file, String problem) {
        super(file.getFileName() + " " + problem);
    }
}
