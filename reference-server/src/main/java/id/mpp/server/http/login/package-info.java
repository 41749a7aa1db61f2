/**
 * The browser side of the OpenID Connect provider: the authorization endpoint ({@code GET /v1/sso/authorize}),
 * the login and consent pages and their POSTs ({@code /v1/sso/login}, {@code /v1/sso/consent}), and RP-initiated
 * logout ({@code GET /v1/sso/logout}, {@code POST /v1/sso/logout/confirm}). Pages are built in plain Java with
 * every value HTML-escaped; they need no JavaScript and no style sheet.
 */
package id.mpp.server.http.login;
