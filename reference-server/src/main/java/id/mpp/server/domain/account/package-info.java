/**
 * Citizen accounts in plain Java: the NIK and its structural rules, registration rules, the password policy
 * and hashing, login throttling, assurance levels, the account's state rules and the population-registry
 * port. No framework imports: the HTTP and storage layers adapt these types, never the other way round.
 */
package id.mpp.server.domain.account;
