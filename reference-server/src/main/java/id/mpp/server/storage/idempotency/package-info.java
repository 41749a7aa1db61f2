/** The idempotency keys of POST requests (GEN-009 to GEN-013), in plain JDBC over the Flyway schema. */
package id.mpp.server.storage.idempotency;
