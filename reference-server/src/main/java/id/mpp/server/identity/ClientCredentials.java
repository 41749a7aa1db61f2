package id.mpp.server.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a request to the token, revocation or introspection endpoint presents to authenticate its client.
 *
 * @param basicClientId the client ID of the {@code Authorization: Basic} header, or {@code null}
 * @param basicSecret the secret of that header, or {@code null}
 * @param formClientId the form's {@code client_id}, or {@code null}
 * @param formClientSecret the form's {@code client_secret} ({@code client_secret_post}, refused), or {@code null}
 * @param assertionType the form's {@code client_assertion_type}, or {@code null}
 * @param assertion the form's {@code client_assertion}, or {@code null}
 */
public record ClientCredentials(String basicClientId, String basicSecret, String formClientId,
    String formClientSecret, String assertionType, String assertion) {

  /**
   * Reads an {@code Authorization} header value: {@code Basic base64(urlencode(id):urlencode(secret))}
   * (RFC 6749 §2.3.1); anything else gives {@code null} members.
   *
   * @return {@code [clientId, secret]}, or {@code null} when the header is absent or not valid Basic
   */
  public static String[] parseBasic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Credentials from the header value and the form members. */
  public static ClientCredentials of(String authorization, String formClientId, String formClientSecret,
      String assertionType, String assertion) {
    String[] basic = parseBasic(authorization);
    return new ClientCredentials(basic == null ? null : basic[0], basic == null ? null : basic[1], formClientId,
        formClientSecret, assertionType, assertion);
  }

  /** Leaves the secret and the assertion out of logs. */
  @Override
  public String toString() {
    return "ClientCredentials[basicClientId=" + basicClientId + ", formClientId=" + formClientId + "]";
  }
}
