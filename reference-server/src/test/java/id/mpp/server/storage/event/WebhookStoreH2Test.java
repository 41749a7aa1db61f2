package id.mpp.server.storage.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The webhook store on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class WebhookStoreH2Test extends WebhookStoreContract {
}
