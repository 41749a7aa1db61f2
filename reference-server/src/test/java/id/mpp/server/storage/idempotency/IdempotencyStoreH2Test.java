package id.mpp.server.storage.idempotency;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The idempotency store on the embedded default's database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class IdempotencyStoreH2Test extends IdempotencyStoreContract {
}
