package id.mpp.server.storage.document;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The vault's metadata store on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class VaultStoreH2Test extends VaultStoreContract {
}
