package id.mpp.server.storage.application;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The applications storage on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class ApplicationStoreH2Test extends ApplicationStoreContract {
}
