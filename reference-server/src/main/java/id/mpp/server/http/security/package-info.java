/**
 * Bearer access tokens for the resource endpoints: {@link id.mpp.server.http.security.BearerTokenValidator} plugs
 * the provider's own verifier into Micronaut Security; {@link id.mpp.server.http.security.Caller} is what a secured
 * controller reads back (subject, scopes, agency).
 */
package id.mpp.server.http.security;
