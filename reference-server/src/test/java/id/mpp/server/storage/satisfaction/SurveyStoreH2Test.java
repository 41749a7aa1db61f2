package id.mpp.server.storage.satisfaction;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The survey store on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false)
class SurveyStoreH2Test extends SurveyStoreContract {
}
