package id.mpp.server.storage.document;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, before uploads are served, removes what a crash may have left in the blob store (DOC-015): writes
 * that never finished, and blobs no document names (stored but never committed, or deleted but not yet destroyed).
 * Only one server instance may use a file-system blob store. On H2 it first makes commits durable against a killed
 * process ({@link VaultStore#makeCommitsDurable()}).
 */
@Singleton
class OrphanBlobCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanBlobCleaner.class);

    private final BlobStore blobs;
    private final VaultStore store;

    OrphanBlobCleaner(BlobStore blobs, VaultStore store) {
        this.blobs = blobs;
        this.store = store;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        store.makeCommitsDurable();
        clean();
    }

    /** Answers how many orphans were removed. */
    int clean() {
        try {
            int removed = blobs.removeOrphans(store.blobKeys());
            if (removed > 0) {
                LOG.info("Removed {} orphan blob(s) left by an earlier stop", removed);
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
