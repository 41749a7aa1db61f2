package id.mpp.sdk.documents;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program {@link ConstantMemoryUploadTest} runs in a child JVM whose heap is smaller than the file: it
 * uploads the file through the SDK and exits 0, or fails. Started with {@code -XX:+ExitOnOutOfMemoryError},
 * it exits 3 as soon as anything tries to hold the file in memory.
 *
 * <p>Arguments: the mode ({@code path}, {@code stream} or {@code read-all}), the server's base URL, the file,
 * and the directory to spool a stream to.
 */
final class SmallHeapUploader {

    private SmallHeapUploader() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[2]);
        Documents documents = new Documents(TestTransports.forServer(args[1]), Path.of(args[3]));
        switch (mode) {
            case "path":
                documents.upload(r -> r.documentType("KTP_EL"), file);
                break;
            case "stream":
                try (InputStream in = Files.newInputStream(file)) {
                    documents.upload(r -> r.documentType("KTP_EL").fileName("big.pdf"), in);
                }
                break;
            case "read-all":
                // The calibration: what a buffering implementation would do. It must not fit.
                byte[] whole = Files.readAllBytes(file);
                if (whole.length == 0) {
                    System.exit(4);
                }
                break;
            default:
                throw new IllegalArgumentException(mode);
        }
        // The HTTP client's threads are daemons, but exit explicitly so that the parent never waits on them.
        System.exit(0);
    }
}
