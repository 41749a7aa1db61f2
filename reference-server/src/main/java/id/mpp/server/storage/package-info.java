/**
 * Storage: Micronaut Data JDBC repositories over the Flyway-migrated schema ({@code db/migration}), one dialect for
 * the embedded H2 (PostgreSQL mode) and PostgreSQL.
 */
package id.mpp.server.storage;
