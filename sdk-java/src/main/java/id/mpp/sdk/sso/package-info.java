/**
 * Signing in with the MPP Digital OpenID Connect provider: discovery, PKCE, authorization requests and their
 * answers, ID token validation with the provider's rotating keys, userinfo, revocation, logout, and a
 * loopback-redirect login for desktop and command-line apps.
 *
 * <p>Start with {@link id.mpp.sdk.sso.SsoClient}; desktop and command-line apps use
 * {@link id.mpp.sdk.sso.LoopbackLogin}.
 */
package id.mpp.sdk.sso;
