/**
 * The sign-in pages' state in tables {@code sso_session}, {@code sso_consent} and {@code sso_pending_request}
 * (migration {@code V5__sessions.sql}), in plain JDBC: browsers' single sign-on sessions (by the SHA-256 of the
 * cookie value), the scopes each account granted each client, and authorization or logout requests waiting for
 * a form's POST.
 */
package id.mpp.server.storage.session;
