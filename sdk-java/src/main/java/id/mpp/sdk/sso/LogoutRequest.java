package id.mpp.sdk.sso;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the URL of the provider's
 * {@code end_session_endpoint} that ends the user's single sign-on session.
 *
 * <p>With a valid {@code id_token_hint} the provider ends the session at once; without one it asks the user to
 * confirm. It redirects to {@code post_logout_redirect_uri}, with {@code state}, only when that URI is
 * registered for the client. Immutable.
 */
public final class LogoutRequest {

    private final URI uri;

    private LogoutRequest(Builder builder) {
        URI endpoint = Objects.requireNonNull(builder.endSessionEndpoint, "endSessionEndpoint");
        if (builder.postLogoutRedirectUri != null && builder.idTokenHint == null && builder.clientId == null) {
            throw new IllegalArgumentException("postLogoutRedirectUri needs an idTokenHint or a clientId");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "id_token_hint", builder.idTokenHint);
        put(parameters, "client_id", builder.clientId);
        put(parameters, "post_logout_redirect_uri",
                builder.postLogoutRedirectUri == null ? null : builder.postLogoutRedirectUri.toString());
        put(parameters, "state", builder.state);
        put(parameters, "ui_locales", builder.uiLocales == null ? null : String.join(" ", builder.uiLocales));
        this.uri = parameters.isEmpty() ? endpoint : QueryStrings.append(endpoint, parameters);
    }

    /** Starts building a logout request. */
    public static Builder builder() {
        return new Builder();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    /** The URL to open in the user's browser. */
    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        return "LogoutRequest[" + uri.getScheme() + "://" + uri.getAuthority() + uri.getPath() + "]";
    }

    /** Builds {@link LogoutRequest}. */
    public static final class Builder {

        private URI endSessionEndpoint;
        private String idTokenHint;
        private URI postLogoutRedirectUri;
        private String state;
        private String clientId;
        private String[] uiLocales;

        private Builder() {
        }

        /** Sets the provider's {@code end_session_endpoint}; required. */
        public Builder endSessionEndpoint(URI endSessionEndpoint) {
            this.endSessionEndpoint = endSessionEndpoint;
            return this;
        }

        /** Sets {@code id_token_hint}, an ID token the provider issued to the client (an expired one will do). */
        public Builder idTokenHint(String idTokenHint) {
            this.idTokenHint = idTokenHint;
            return this;
        }

        /** Sets where the browser goes afterwards; it must be registered for the client exactly. */
        public Builder postLogoutRedirectUri(URI postLogoutRedirectUri) {
            this.postLogoutRedirectUri = postLogoutRedirectUri;
            return this;
        }

        /** Sets the {@code state} carried back to the post-logout redirect URI. */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /** Sets the client ID; needed with a post-logout redirect URI when there is no ID token hint. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets the languages of the provider's pages, in order of preference. */
        public Builder uiLocales(String... uiLocales) {
            this.uiLocales = uiLocales.length == 0 ? null : Arrays.copyOf(uiLocales, uiLocales.length);
            return this;
        }

        /** Builds the request. */
        public LogoutRequest build() {
            return new LogoutRequest(this);
        }
    }
}
