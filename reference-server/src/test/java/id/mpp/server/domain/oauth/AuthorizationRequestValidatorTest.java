package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.Accepted;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.CannotRedirect;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.ErrorRedirect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthorizationRequestValidatorTest {
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private final AuthorizationRequestValidator validator = new AuthorizationRequestValidator(
      new InMemoryClientDirectory(TestClients.web(), TestClients.cli(), TestClients.backend("{\"keys\":[]}")),
      new RedirectUriMatcher(), new ScopePolicy());

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("response_type", List.of("code"));
    p.put("client_id", List.of("banyumas-layanan-web"));
    p.put("redirect_uri", List.of(TestClients.WEB_REDIRECT));
    p.put("scope", List.of("openid profile email"));
    p.put("state", List.of("af0ifjsldkj"));
    p.put("nonce", List.of("n-0S6_WzA2Mj"));
    p.put("code_challenge", List.of(CHALLENGE));
    p.put("code_challenge_method", List.of("S256"));
    return p;
  }

  private static Map<String, List<String>> with(String name, String value) {
    Map<String, List<String>> p = valid();
    if (value == null) {
      p.remove(name);
    } else {
      p.put(name, List.of(value));
    }
    return p;
  }

  private ErrorRedirect redirectError(Map<String, List<String>> parameters) {
    AuthorizationRequestOutcome outcome = validator.validate(parameters);
    assertThat(outcome).isInstanceOf(ErrorRedirect.class);
    return (ErrorRedirect) outcome;
  }

  private CannotRedirect cannotRedirect(Map<String, List<String>> parameters) {
    AuthorizationRequestOutcome outcome = validator.validate(parameters);
    assertThat(outcome).isInstanceOf(CannotRedirect.class);
    return (CannotRedirect) outcome;
  }

  @Test
  @DisplayName("SSO-013: a valid request is accepted with its state, nonce, scopes and challenge")
  void aValidRequestIsAccepted() {
    AuthorizationRequestOutcome outcome = validator.validate(valid());
    assertThat(outcome).isInstanceOf(Accepted.class);
    AuthorizationRequest request = ((Accepted) outcome).request();
    assertThat(request.state()).isEqualTo("af0ifjsldkj");
    assertThat(request.nonce()).isEqualTo("n-0S6_WzA2Mj");
    assertThat(request.scopes().asString()).isEqualTo("openid profile email");
    assertThat(request.codeChallenge()).isEqualTo(CHALLENGE);
    assertThat(request.redirectUri()).isEqualTo(TestClients.WEB_REDIRECT);
  }

  @Test
  @DisplayName("SSO-011: an unknown client_id is answered without a redirect")
  void anUnknownClientCannotRedirect() {
    CannotRedirect refusal = cannotRedirect(with("client_id", "banyumas-layanan-uji"));
    assertThat(refusal.parameter()).isEqualTo("client_id");
    assertThat(refusal.code()).isEqualTo("UNKNOWN");
  }

  @Test
  @DisplayName("SSO-011: a missing client_id is answered without a redirect")
  void aMissingClientCannotRedirect() {
    assertThat(cannotRedirect(with("client_id", null)).code()).isEqualTo("MISSING");
  }

  @Test
  @DisplayName("SSO-011: a missing redirect_uri is answered without a redirect")
  void aMissingRedirectUriCannotRedirect() {
    CannotRedirect refusal = cannotRedirect(with("redirect_uri", null));
    assertThat(refusal.parameter()).isEqualTo("redirect_uri");
    assertThat(refusal.code()).isEqualTo("MISSING");
  }

  @Test
  @DisplayName("SSO-011: a redirect_uri with a trailing slash is answered without a redirect")
  void aTrailingSlashCannotRedirect() {
    CannotRedirect refusal = cannotRedirect(with("redirect_uri", TestClients.WEB_REDIRECT + "/"));
    assertThat(refusal.code()).isEqualTo("NOT_REGISTERED");
  }

  @Test
  @DisplayName("SSO-011: an unregistered redirect_uri wins over every other error, which is then not redirected")
  void redirectUriIsCheckedBeforeEverythingElse() {
    Map<String, List<String>> p = with("redirect_uri", "https://evil.example/cb");
    p.remove("code_challenge");
    p.put("response_type", List.of("token"));
    assertThat(cannotRedirect(p).parameter()).isEqualTo("redirect_uri");
  }

  @Test
  @DisplayName("SSO-011: a repeated redirect_uri is answered without a redirect")
  void aRepeatedRedirectUriCannotRedirect() {
    Map<String, List<String>> p = valid();
    p.put("redirect_uri", List.of(TestClients.WEB_REDIRECT, "https://evil.example/cb"));
    assertThat(cannotRedirect(p).code()).isEqualTo("REPEATED");
  }

  @Test
  @DisplayName("SSO-012: a loopback redirect_uri with another port is accepted and is where the answer goes")
  void loopbackPortMayVary() {
    Map<String, List<String>> p = valid();
    p.put("client_id", List.of("mpp-cli"));
    p.put("redirect_uri", List.of("http://127.0.0.1:53123/callback"));
    p.put("scope", List.of("openid profile"));
    AuthorizationRequestOutcome outcome = validator.validate(p);
    assertThat(outcome).isInstanceOf(Accepted.class);
    assertThat(((Accepted) outcome).request().redirectUri()).isEqualTo("http://127.0.0.1:53123/callback");
  }

  @Test
  @DisplayName("SSO-012: a loopback redirect_uri with another path is answered without a redirect")
  void loopbackPathMayNotVary() {
    Map<String, List<String>> p = valid();
    p.put("client_id", List.of("mpp-cli"));
    p.put("redirect_uri", List.of("http://127.0.0.1:53123/other"));
    assertThat(cannotRedirect(p).code()).isEqualTo("NOT_REGISTERED");
  }

  @Test
  @DisplayName("SSO-010: a request without code_challenge redirects with invalid_request and the state")
  void missingChallengeIsInvalidRequest() {
    ErrorRedirect error = redirectError(with("code_challenge", null));
    assertThat(error.error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    assertThat(error.state()).isEqualTo("af0ifjsldkj");
    assertThat(error.redirectUri()).isEqualTo(TestClients.WEB_REDIRECT);
  }

  @Test
  @DisplayName("SSO-010: code_challenge_method=plain redirects with invalid_request")
  void plainMethodIsInvalidRequest() {
    assertThat(redirectError(with("code_challenge_method", "plain")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-010: an absent code_challenge_method (read as plain) redirects with invalid_request")
  void absentMethodIsInvalidRequest() {
    assertThat(redirectError(with("code_challenge_method", null)).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-010: a malformed code_challenge redirects with invalid_request")
  void malformedChallengeIsInvalidRequest() {
    assertThat(redirectError(with("code_challenge", "short")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-014: response_type=token redirects with unsupported_response_type")
  void otherResponseTypeIsUnsupported() {
    assertThat(redirectError(with("response_type", "token")).error())
        .isEqualTo(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE);
    assertThat(redirectError(with("response_type", "code id_token")).error())
        .isEqualTo(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE);
  }

  @Test
  @DisplayName("SSO-014: a scope without openid redirects with invalid_scope")
  void scopeWithoutOpenidIsInvalid() {
    assertThat(redirectError(with("scope", "profile email")).error()).isEqualTo(OAuthErrorCode.INVALID_SCOPE);
  }

  @Test
  @DisplayName("SSO-014: an unknown scope redirects with invalid_scope")
  void unknownScopeIsInvalid() {
    assertThat(redirectError(with("scope", "openid admin")).error()).isEqualTo(OAuthErrorCode.INVALID_SCOPE);
  }

  @Test
  @DisplayName("SSO-014: a scope the client may not ask for (officer) redirects with invalid_scope")
  void disallowedScopeIsInvalid() {
    assertThat(redirectError(with("scope", "openid officer")).error()).isEqualTo(OAuthErrorCode.INVALID_SCOPE);
  }

  @Test
  @DisplayName("SSO-013: an error redirect carries no state when none was sent")
  void errorWithoutState() {
    Map<String, List<String>> p = with("state", null);
    p.remove("code_challenge");
    assertThat(redirectError(p).state()).isNull();
  }

  @Test
  @DisplayName("SSO-010: a parameter given twice redirects with invalid_request")
  void repeatedParameterIsInvalidRequest() {
    Map<String, List<String>> p = valid();
    p.put("code_challenge", List.of(CHALLENGE, CHALLENGE));
    assertThat(redirectError(p).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-015: prompt=none combined with login redirects with invalid_request")
  void promptNoneWithAnotherValueIsInvalid() {
    assertThat(redirectError(with("prompt", "none login")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-016: a negative or non-numeric max_age redirects with invalid_request")
  void badMaxAgeIsInvalid() {
    assertThat(redirectError(with("max_age", "-1")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    assertThat(redirectError(with("max_age", "ten")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-016: prompt and max_age are kept on the accepted request")
  void promptAndMaxAgeAreKept() {
    Map<String, List<String>> p = with("prompt", "login consent");
    p.put("max_age", List.of("0"));
    AuthorizationRequest request = ((Accepted) validator.validate(p)).request();
    assertThat(request.prompts()).containsExactlyInAnyOrder(Prompt.LOGIN, Prompt.CONSENT);
    assertThat(request.maxAge()).isZero();
  }

  @Test
  @DisplayName("SSO-014: a client not registered for the code flow redirects with unauthorized_client")
  void clientWithoutCodeGrantIsUnauthorized() {
    Client machine = new Client("machine", "Machine", ClientType.CONFIDENTIAL, ClientAuthMethod.CLIENT_SECRET_BASIC,
        List.of(TestClients.WEB_REDIRECT), List.of(), Scopes.of("openid", "officer"),
        java.util.Set.of(GrantType.CLIENT_CREDENTIALS), "33-02-disdukcapil", null, "pbkdf2$hash");
    AuthorizationRequestValidator machineValidator = new AuthorizationRequestValidator(
        new InMemoryClientDirectory(machine), new RedirectUriMatcher(), new ScopePolicy());
    AuthorizationRequestOutcome outcome = machineValidator.validate(with("client_id", "machine"));
    assertThat(outcome).isInstanceOf(ErrorRedirect.class);
    assertThat(((ErrorRedirect) outcome).error()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT);
  }

  @Test
  @DisplayName("SSO-014: response_mode other than query redirects with invalid_request")
  void otherResponseModeIsInvalid() {
    assertThat(redirectError(with("response_mode", "fragment")).error()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-020: acr_values are kept as voluntary preferences, unknown ones dropped")
  void acrValuesAreKept() {
    AuthorizationRequest request = ((Accepted) validator.validate(with("acr_values",
        "urn:mpp:acr:nik urn:other"))).request();
    assertThat(request.acrValues()).containsExactly(AcrValue.NIK);
  }

  @Test
  @DisplayName("SSO-062: a NIK given as login_hint is dropped")
  void nikLoginHintIsDropped() {
    AuthorizationRequest request = ((Accepted) validator.validate(with("login_hint", "3302016708950003"))).request();
    assertThat(request.loginHint()).isNull();
    AuthorizationRequest withEmail = ((Accepted) validator.validate(with("login_hint", "siti@contoh.id"))).request();
    assertThat(withEmail.loginHint()).isEqualTo("siti@contoh.id");
  }
}
