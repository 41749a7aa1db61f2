package id.mpp.server.storage.document;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The vault's blob store: files under {@code mpp.vault.blob-dir} (default {@code ${mpp.data-dir}/blobs}). */
@Factory
class BlobStoreFactory {

    @Singleton
    BlobStore blobStore(@Value("${mpp.vault.blob-dir}") String folder) {
        return new FileSystemBlobStore(Path.of(folder));
    }
}
