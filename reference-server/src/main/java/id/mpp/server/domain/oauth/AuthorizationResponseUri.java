package id.mpp.server.domain.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the redirect of an authorization response (SSO-013): {@code code} or {@code error} and
 * {@code error_description}, {@code state} exactly as sent (absent when not sent) and {@code iss} (RFC 9207),
 * added to the redirect URI's own query.
 */
public final class AuthorizationResponseUri {
  private final String issuer;

  public AuthorizationResponseUri(String issuer) {
    this.issuer = issuer;
  }

  public String success(String redirectUri, String code, String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("code", code);
    return build(redirectUri, query, state);
  }

  public String error(String redirectUri, OAuthErrorCode error, String description, String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("error", error.code());
    if (description != null) {
      query.put("error_description", description);
    }
    return build(redirectUri, query, state);
  }

  private String build(String redirectUri, Map<String, String> query, String state) {
    if (state != null) {
      query.put("state", state);
    }
    query.put("iss", issuer);
    StringBuilder uri = new StringBuilder(redirectUri);
    char separator = redirectUri.indexOf('?') >= 0 ? '&' : '?';
    for (Map.Entry<String, String> entry : query.entrySet()) {
      uri.append(separator).append(entry.getKey()).append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
      separator = '&';
    }
    return uri.toString();
  }
}
