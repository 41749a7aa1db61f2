package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.identity.IdTokenHint;
import id.mpp.server.identity.IdTokenHintVerifier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of an RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2, sso.yaml {@code logout}):
 * {@code id_token_hint} issued by this provider (expired accepted), {@code client_id} equal to its {@code aud},
 * and {@code post_logout_redirect_uri} only when registered for the client identified.
 */
record LogoutRequest(IdTokenHint hint, String redirectUri, String state, List<String> uiLocales) {

    /** A refused logout: the parameter at fault and the code of the problem. */
    record Refusal(String parameter, String code) {}

    /** Checks a logout's query; a refusal is answered 400 and never redirected. */
    static Object check(Map<String, List<String>> parameters, IdTokenHintVerifier hints, ClientDirectory clients) {
        String hintText = Query.first(parameters, "id_token_hint");
        IdTokenHint hint = null;
        if (hintText != null && !hintText.isEmpty()) {
            Optional<IdTokenHint> verified = hintText.length() > 8192 ? Optional.empty() : hints.verify(hintText);
            if (verified.isEmpty()) {
                return new Refusal("id_token_hint", "INVALID");
            }
            hint = verified.get();
        }
        String clientId = Query.first(parameters, "client_id");
        if (clientId != null && clientId.isEmpty()) {
            clientId = null;
        }
        if (hint != null && clientId != null && !clientId.equals(hint.clientId())) {
            return new Refusal("client_id", "INVALID");
        }
        if (hint != null) {
            clientId = hint.clientId();
        }
        String redirectUri = Query.first(parameters, "post_logout_redirect_uri");
        if (redirectUri != null && !redirectUri.isEmpty()) {
            if (clientId == null) {
                return new Refusal("client_id", "REQUIRED");
            }
            Optional<Client> client = clients.find(clientId);
            if (client.isEmpty()) {
                return new Refusal("client_id", "UNKNOWN");
            }
            if (!client.get().hasPostLogoutRedirectUri(redirectUri)) {
                return new Refusal("post_logout_redirect_uri", "NOT_REGISTERED");
            }
        } else {
            redirectUri = null;
        }
        String uiLocales = Query.first(parameters, "ui_locales");
        return new LogoutRequest(hint, redirectUri, Query.first(parameters, "state"),
                uiLocales == null || uiLocales.isBlank() ? List.of() : List.of(uiLocales.trim().split(" +")));
    }

    /** Where the browser goes afterwards, with {@code state} when sent; null for the provider's own page. */
    String afterLogout() {
        if (redirectUri == null) {
            return null;
        }
        if (state == null) {
            return redirectUri;
        }
        return redirectUri + (redirectUri.indexOf('?') >= 0 ? '&' : '?') + "state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
