package id.mpp.server.http.application;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** ApplicationProcessContract on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(environments = ApplicationFakes.ENV, transactional = false)
class ApplicationProcessH2Test extends ApplicationProcessContract {
}
