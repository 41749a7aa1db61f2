/**
 * The Accounts operations of the contract: registration (ACC-001 to ACC-007) with the domain's rules, password
 * hashing off the event loop, the registration rate limit, and the problems they answer.
 */
package id.mpp.server.http.account;
