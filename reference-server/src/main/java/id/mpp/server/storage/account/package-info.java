/** Citizen and officer accounts, in plain JDBC over the Flyway schema (V4), and the demo accounts' seed. */
package id.mpp.server.storage.account;
