package id.mpp.server.storage.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The account changes on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class AccountChangesH2Test extends AccountChangesContract {
}
