/**
 * The OpenID Connect provider's HTTP endpoints that work so far: discovery, the JWK Set, the token endpoint
 * (hand-written: form fields with underscores), revocation and introspection, with OAuth errors as the contract's
 * {@code OAuthError}. Authorization, UserInfo and logout come with the accounts slice.
 */
package id.mpp.server.http.sso;
