/**
 * The HTTP layer: controllers that implement the interfaces generated from the contract
 * ({@code id.mpp.server.generated.api}), the request-ID and security-header filters, language negotiation, and
 * the mapping of every error to an {@code application/problem+json} body of the contract's catalogue.
 */
package id.mpp.server.http;
