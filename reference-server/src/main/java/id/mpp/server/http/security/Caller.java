package id.mpp.server.http.security;

import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.identity.VerifiedAccessToken;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls a secured operation, as its verified access token says: what a controller reads from the
 * {@link Authentication} Micronaut Security hands it.
 *
 * @param subject {@code sub}: the account's {@code SubjectId}, or the client ID for client credentials
 * @param clientId {@code client_id}
 * @param scopes {@code scope}
 * @param agencyId the agency of an officer or agency back-end, or {@code null}
 * @param accountToken whether the token stands for an account's sign-in ({@code auth_time} present)
 * @param jti {@code jti}
 */
public record Caller(String subject, String clientId, Scopes scopes, String agencyId, boolean accountToken,
        String jti) {
    private static final String CLIENT_ID = "client_id";
    private static final String SCOPE = "scope";
    private static final String AGENCY = "agency_id";
    private static final String AUTH_TIME = "auth_time";
    private static final String ACR = "acr";
    private static final String JTI = "jti";

    public static Caller of(Authentication authentication) {
        Map<String, Object> a = authentication.getAttributes();
        return new Caller(authentication.getName(), (String) a.get(CLIENT_ID), Scopes.parse((String) a.get(SCOPE)),
                (String) a.get(AGENCY), a.get(AUTH_TIME) != null, (String) a.get(JTI));
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agencyId);
    }

    static Map<String, Object> attributes(VerifiedAccessToken token) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(CLIENT_ID, token.clientId());
        attributes.put(SCOPE, token.scopes().asString());
        attributes.put(JTI, token.jti());
        if (token.agencyId() != null) {
            attributes.put(AGENCY, token.agencyId());
        }
        if (token.authTime() != null) {
            attributes.put(AUTH_TIME, token.authTime().getEpochSecond());
        }
        if (token.acr() != null) {
            attributes.put(ACR, token.acr());
        }
        return attributes;
    }
}
