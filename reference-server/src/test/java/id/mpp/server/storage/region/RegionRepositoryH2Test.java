package id.mpp.server.storage.region;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The region repository on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false)
class RegionRepositoryH2Test extends RegionRepositoryContract {
}
