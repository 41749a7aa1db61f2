package id.mpp.server.http.sso;

import id.mpp.server.identity.ClientCredentials;
import io.micronaut.core.annotation.Nullable;

/** Builds the {@link ClientCredentials} of a request to the token, revocation or introspection endpoint. */
final class ClientRequest {
    private ClientRequest() {
    }

    static ClientCredentials credentials(@Nullable String authorization, @Nullable String clientId,
            @Nullable String clientSecret, @Nullable String assertionType, @Nullable String assertion) {
        return ClientCredentials.of(authorization, blankToNull(clientId), blankToNull(clientSecret),
                blankToNull(assertionType), blankToNull(assertion));
    }

    static String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
