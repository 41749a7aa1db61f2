/**
 * The OpenID Connect provider's rules in plain Java (no framework imports): clients and their redirect URIs,
 * the authorization request, PKCE, scopes and claims, authorization codes, refresh-token families and the
 * SSO session decisions. Storage is reached through the small repository interfaces of this package.
 */
package id.mpp.server.domain.oauth;
