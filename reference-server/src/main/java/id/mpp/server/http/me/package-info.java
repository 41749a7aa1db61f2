/**
 * The operations of the signed-in citizen on the own account ({@code /v1/me}, scope {@code account}): read with
 * the {@code ETag}, merge-patch changes under {@code If-Match}, the password change, the NIK check with the
 * population registry, and deletion. {@code http.account.AccountController} implements the generated interface and
 * delegates here.
 */
package id.mpp.server.http.me;
