package id.mpp.server.domain.oauth;

import java.util.Arrays;
import java.util.Optional;

/** The grant types the provider supports; nothing else (no {@code implicit}, no {@code password}). */
public enum GrantType {
  AUTHORIZATION_CODE("authorization_code"),
  REFRESH_TOKEN("refresh_token"),
  CLIENT_CREDENTIALS("client_credentials");

  private final String value;

  GrantType(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /**
   * The grant type of a {@code grant_type} parameter.
   *
   * @throws OAuthException {@code unsupported_grant_type} for anything the provider does not support (SSO-052)
   */
  public static GrantType parse(String value) {
    return fromValue(value)
        .orElseThrow(() -> new OAuthException(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE,
            "The grant type is not supported."));
  }

  public static Optional<GrantType> fromValue(String value) {
    return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
  }
}
