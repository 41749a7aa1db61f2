/** The OpenID Connect UserInfo endpoint: the claims of the token's own account, released by its scopes. */
package id.mpp.server.http.userinfo;
