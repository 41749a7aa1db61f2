/**
 * Credentials: where the access token the SDK sends comes from.
 *
 * <p>{@link id.mpp.sdk.auth.Credentials#bearer(String)} for a token obtained elsewhere,
 * {@link id.mpp.sdk.auth.ClientCredentials} for agency back-ends, {@link id.mpp.sdk.auth.UserSession} for a
 * signed-in citizen or officer, all built on {@link id.mpp.sdk.auth.OAuthClient}, which talks to the provider's
 * token, revocation and introspection endpoints. The sign-in itself is in {@code id.mpp.sdk.sso}.
 */
package id.mpp.sdk.auth;
