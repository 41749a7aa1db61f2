package id.mpp.server.domain.oauth;

import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.Accepted;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.CannotRedirect;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.ErrorRedirect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an authorization request in the contract's order (sso.yaml, {@code authorize}): first the client
 * and its redirect URI, which cannot be redirected (SSO-011, SSO-012); then every other rule, whose errors
 * go back to the redirect URI (SSO-010, SSO-013, SSO-014).
 */
public final class AuthorizationRequestValidator {
  private static final int MAX_STATE = 1024;
  private static final int MAX_NONCE = 512;
  private static final Pattern NIK_LIKE = Pattern.compile("[0-9]{16}");

  private final ClientDirectory clients;
  private final RedirectUriMatcher redirectUris;
  private final ScopePolicy scopePolicy;

  public AuthorizationRequestValidator(ClientDirectory clients, RedirectUriMatcher redirectUris,
      ScopePolicy scopePolicy) {
    this.clients = clients;
    this.redirectUris = redirectUris;
    this.scopePolicy = scopePolicy;
  }

  /** Validates the query parameters of a request, each name with every value it was given. */
  public AuthorizationRequestOutcome validate(Map<String, List<String>> parameters) {
    List<String> clientIds = parameters.getOrDefault("client_id", List.of());
    if (clientIds.size() > 1) {
      return new CannotRedirect("client_id", "REPEATED", "client_id is given more than once.");
    }
    if (clientIds.isEmpty() || clientIds.get(0).isEmpty()) {
      return new CannotRedirect("client_id", "MISSING", "client_id is required.");
    }
    Optional<Client> found = clients.find(clientIds.get(0));
    if (found.isEmpty()) {
      return new CannotRedirect("client_id", "UNKNOWN", "The client is not registered.");
    }
    Client client = found.get();
    List<String> redirects = parameters.getOrDefault("redirect_uri", List.of());
    if (redirects.size() > 1) {
      return new CannotRedirect("redirect_uri", "REPEATED", "redirect_uri is given more than once.");
    }
    if (redirects.isEmpty() || redirects.get(0).isEmpty()) {
      return new CannotRedirect("redirect_uri", "MISSING", "redirect_uri is required.");
    }
    Optional<String> redirectUri = redirectUris.match(redirects.get(0), client.redirectUris());
    if (redirectUri.isEmpty()) {
      return new CannotRedirect("redirect_uri", "NOT_REGISTERED",
          "redirect_uri does not exactly equal a URI registered for the client.");
    }
    return validateRedirectable(client, redirectUri.get(), parameters);
  }

  private AuthorizationRequestOutcome validateRedirectable(Client client, String redirectUri,
      Map<String, List<String>> parameters) {
    String state = first(parameters, "state");
    Refusal refusal = new Refusal(redirectUri, state);
    for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
      if (entry.getValue().size() > 1) {
        return refusal.invalidRequest("The parameter " + safeName(entry.getKey()) + " is given more than once.");
      }
    }
    if (state != null && state.length() > MAX_STATE) {
      return refusal.invalidRequest("state is too long.");
    }
    if (parameters.containsKey("request") || parameters.containsKey("request_uri")) {
      return refusal.invalidRequest("Request objects are not supported.");
    }
    String responseType = first(parameters, "response_type");
    if (responseType == null || responseType.isEmpty()) {
      return refusal.invalidRequest("response_type is required.");
    }
    if (!"code".equals(responseType)) {
      return refusal.of(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported.");
    }
    String responseMode = first(parameters, "response_mode");
    if (responseMode != null && !"query".equals(responseMode)) {
      return refusal.invalidRequest("Only response_mode=query is supported.");
    }
    if (!client.mayUse(GrantType.AUTHORIZATION_CODE)) {
      return refusal.of(OAuthErrorCode.UNAUTHORIZED_CLIENT, "The client may not use the authorization code flow.");
    }
    String challenge = first(parameters, "code_challenge");
    if (challenge == null) {
      return refusal.invalidRequest("code_challenge is required (PKCE).");
    }
    if (!Pkce.isWellFormedChallenge(challenge)) {
      return refusal.invalidRequest("code_challenge is malformed.");
    }
    if (!Pkce.S256.equals(first(parameters, "code_challenge_method"))) {
      return refusal.invalidRequest("code_challenge_method must be S256.");
    }
    Scopes scopes;
    try {
      scopes = scopePolicy.forAuthorization(client, Scopes.parse(first(parameters, "scope")));
    } catch (OAuthException e) {
      return refusal.of(e.error(), e.description());
    }
    Set<Prompt> prompts = EnumSet.noneOf(Prompt.class);
    String prompt = first(parameters, "prompt");
    if (prompt != null && !prompt.isBlank()) {
      for (String value : prompt.trim().split(" +")) {
        switch (value) {
          case "none" -> prompts.add(Prompt.NONE);
          case "login" -> prompts.add(Prompt.LOGIN);
          case "consent" -> prompts.add(Prompt.CONSENT);
          case "select_account" -> { }
          default -> {
            return refusal.invalidRequest("The prompt value is not supported.");
          }
        }
      }
      if (prompts.contains(Prompt.NONE) && prompts.size() > 1) {
        return refusal.invalidRequest("prompt=none cannot be combined with another value.");
      }
    }
    Integer maxAge = null;
    String maxAgeText = first(parameters, "max_age");
    if (maxAgeText != null) {
      if (!maxAgeText.matches("[0-9]{1,10}") || Long.parseLong(maxAgeText) > Integer.MAX_VALUE) {
        return refusal.invalidRequest("max_age must be a non-negative integer.");
      }
      maxAge = Integer.valueOf(maxAgeText);
    }
    String nonce = first(parameters, "nonce");
    if (nonce != null && nonce.length() > MAX_NONCE) {
      return refusal.invalidRequest("nonce is too long.");
    }
    List<AcrValue> acrValues = new ArrayList<>();
    for (String value : words(first(parameters, "acr_values"))) {
      AcrValue.fromUrn(value).ifPresent(acrValues::add);
    }
    String loginHint = first(parameters, "login_hint");
    if (loginHint != null && (loginHint.isBlank() || NIK_LIKE.matcher(loginHint.trim()).matches())) {
      loginHint = null;
    }
    return new Accepted(new AuthorizationRequest(client, redirectUri, scopes, state, nonce, challenge, prompts,
        maxAge, acrValues, words(first(parameters, "ui_locales")), loginHint));
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
  }

  private static String safeName(String name) {
    return name.matches("[A-Za-z0-9_.-]{1,40}") ? name : "(unnamed)";
  }

  private record Refusal(String redirectUri, String state) {
    ErrorRedirect invalidRequest(String description) {
      return of(OAuthErrorCode.INVALID_REQUEST, description);
    }

    ErrorRedirect of(OAuthErrorCode error, String description) {
      return new ErrorRedirect(redirectUri, error, description, state);
    }
  }
}
