package id.mpp.server.domain.oauth;

import java.util.List;
import java.util.Set;

/** The clients the OAuth tests register. */
public final class TestClients {
  public static final String WEB_REDIRECT = "https://layanan.banyumaskab.go.id/auth/callback";

  private TestClients() {}

  /** A confidential web application with client_secret_basic. */
  public static Client web() {
    return new Client("banyumas-layanan-web", "Layanan Publik Kabupaten Banyumas", ClientType.CONFIDENTIAL,
        ClientAuthMethod.CLIENT_SECRET_BASIC, List.of(WEB_REDIRECT), List.of("https://layanan.banyumaskab.go.id/"),
        Scopes.of("openid", "profile", "email", "phone", "nik", "offline_access", "documents.read"),
        Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), null, null, "pbkdf2$hash");
  }

  /** A second web application without offline access. */
  public static Client otherWeb() {
    return new Client("purbalingga-web", "Layanan Purbalingga", ClientType.CONFIDENTIAL,
        ClientAuthMethod.CLIENT_SECRET_BASIC, List.of("https://layanan.purbalinggakab.go.id/cb"), List.of(),
        Scopes.of("openid", "profile", "offline_access"), Set.of(GrantType.AUTHORIZATION_CODE), null, null,
        "pbkdf2$hash");
  }

  /** A public command-line application with loopback redirect URIs (RFC 8252). */
  public static Client cli() {
    return new Client("mpp-cli", "MPP CLI", ClientType.PUBLIC, ClientAuthMethod.NONE,
        List.of("http://127.0.0.1/callback", "http://[::1]:8400/callback", "http://localhost:8080/callback"),
        List.of(), Scopes.of("openid", "profile", "offline_access"),
        Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), null, null, null);
  }

  /** An agency back-end with client credentials over private_key_jwt. */
  public static Client backend(String jwkSetJson) {
    return new Client("disdukcapil-banyumas-backend", "Disdukcapil Banyumas", ClientType.CONFIDENTIAL,
        ClientAuthMethod.PRIVATE_KEY_JWT, List.of(), List.of(), Scopes.of("officer", "agency.events"),
        Set.of(GrantType.CLIENT_CREDENTIALS), "33-02-disdukcapil", jwkSetJson, null);
  }
}
