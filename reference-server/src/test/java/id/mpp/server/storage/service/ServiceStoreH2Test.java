package id.mpp.server.storage.service;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The service store on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false)
class ServiceStoreH2Test extends ServiceStoreContract {
}
