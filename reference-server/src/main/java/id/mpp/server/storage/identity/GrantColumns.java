package id.mpp.server.storage.identity;

import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns of a {@link Grant}, shared by the code and refresh-token tables. */
final class GrantColumns {
    static final String NAMES = "grant_id, client_id, subject, session_id, scopes, auth_time, acr";

    private GrantColumns() {
    }

    static Object[] values(Grant grant) {
        return new Object[] {grant.grantId(), grant.clientId(), grant.subject(), grant.sessionId(),
            grant.scopes().asString(), grant.authTime(), grant.acr().urn()};
    }

    static Grant read(ResultSet row) throws SQLException {
        String acr = row.getString("acr");
        return new Grant(row.getString("grant_id"), row.getString("client_id"), row.getString("subject"),
                row.getString("session_id"), Scopes.parse(row.getString("scopes")), Jdbc.instant(row, "auth_time"),
                AcrValue.fromUrn(acr).orElseThrow(() -> new SQLException("Unknown acr in store: " + acr)));
    }

    static Object[] concat(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
