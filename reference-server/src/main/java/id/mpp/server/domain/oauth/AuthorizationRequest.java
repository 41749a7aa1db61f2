package id.mpp.server.domain.oauth;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An authorization request that passed every check of {@link AuthorizationRequestValidator}.
 *
 * @param client the registered client
 * @param redirectUri the request's redirect URI (for a loopback client, with the request's port)
 * @param scopes the requested scopes; contains {@code openid}
 * @param state the client's state, returned unchanged, or {@code null}
 * @param nonce the nonce for the ID token, or {@code null}
 * @param codeChallenge the S256 PKCE challenge
 * @param prompts the {@code prompt} values ({@code none} alone or without it)
 * @param maxAge {@code max_age} in seconds, or {@code null}
 * @param acrValues the known {@code acr_values}, most preferred first (voluntary, SSO-020)
 * @param uiLocales the {@code ui_locales} tags, most preferred first
 * @param loginHint an e-mail address to pre-fill, or {@code null} (a NIK is never kept as a hint)
 */
public record AuthorizationRequest(
    Client client,
    String redirectUri,
    Scopes scopes,
    String state,
    String nonce,
    String codeChallenge,
    Set<Prompt> prompts,
    Integer maxAge,
    List<AcrValue> acrValues,
    List<String> uiLocales,
    String loginHint) {

  public AuthorizationRequest {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(codeChallenge, "codeChallenge");
    prompts = Set.copyOf(prompts);
    acrValues = List.copyOf(acrValues);
    uiLocales = List.copyOf(uiLocales);
  }
}
