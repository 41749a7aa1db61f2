package id.mpp.server.storage.session;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The session stores on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class SessionStoresH2Test extends SessionStoresContract {
}
