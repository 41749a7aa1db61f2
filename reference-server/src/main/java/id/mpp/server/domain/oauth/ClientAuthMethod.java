package id.mpp.server.domain.oauth;

import java.util.Arrays;
import java.util.Optional;

/** How a client authenticates at the token, revocation and introspection endpoints. */
public enum ClientAuthMethod {
  PRIVATE_KEY_JWT("private_key_jwt"),
  CLIENT_SECRET_BASIC("client_secret_basic"),
  NONE("none");

  private final String value;

  ClientAuthMethod(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<ClientAuthMethod> fromValue(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }
}
