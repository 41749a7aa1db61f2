package id.mpp.server.storage.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The identity stores on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false)
class IdentityStoresH2Test extends IdentityStoresContract {
}
