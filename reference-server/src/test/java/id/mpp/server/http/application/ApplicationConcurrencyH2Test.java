package id.mpp.server.http.application;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** ApplicationConcurrencyContract on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(environments = ApplicationFakes.ENV, transactional = false)
class ApplicationConcurrencyH2Test extends ApplicationConcurrencyContract {
}
