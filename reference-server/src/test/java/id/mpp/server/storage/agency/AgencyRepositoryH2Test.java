package id.mpp.server.storage.agency;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The agency repository on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false)
class AgencyRepositoryH2Test extends AgencyRepositoryContract {
}
