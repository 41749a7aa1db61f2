/**
 * Plain JDBC implementations of the OpenID Connect provider's stores (signing keys, authorization codes and
 * refresh tokens by hash, revocations, client-assertion IDs) over the V3 migration; one dialect for H2 and
 * PostgreSQL. Plain JDBC rather than Micronaut Data: the single-use marks are conditional updates whose row count
 * is the answer.
 */
package id.mpp.server.storage.identity;
