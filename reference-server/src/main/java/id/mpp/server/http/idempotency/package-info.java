/**
 * Safe retries of POST requests with {@code Idempotency-Key} (GEN-009 to GEN-013): a server filter that applies to
 * every operation declaring the header, backed by the JDBC store of {@code id.mpp.server.storage.idempotency}.
 */
package id.mpp.server.http.idempotency;
