package id.mpp.server.domain.oauth;

/** The {@code prompt} values the provider honours (OpenID Connect Core §3.1.2.1). */
public enum Prompt {
  NONE,
  LOGIN,
  CONSENT
}
