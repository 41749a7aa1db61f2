package id.mpp.server.domain.oauth;

import java.util.List;
import java.util.Optional;

/**
 * Matches a request's {@code redirect_uri} against a client's registered URIs: simple string comparison
 * (RFC 9700 §4.1.3, SSO-011), with the one tolerance of RFC 8252 §7.3 (SSO-012): for a registered loopback
 * URI {@code http://127.0.0.1...} or {@code http://[::1]...} the port may differ, nothing else. {@code localhost}
 * is not a loopback literal and is matched exactly.
 */
public final class RedirectUriMatcher {
  private static final List<String> LOOPBACK_PREFIXES = List.of("http://127.0.0.1", "http://[::1]");
  private static final int MAX_PORT = 65535;

  /** The request's URI when it matches one of {@code registered}; that is where the answer is sent. */
  public Optional<String> match(String requested, List<String> registered) {
    if (requested == null || requested.isEmpty()) {
      return Optional.empty();
    }
    for (String candidate : registered) {
      if (candidate.equals(requested) || loopbackMatches(candidate, requested)) {
        return Optional.of(requested);
      }
    }
    return Optional.empty();
  }

  private static boolean loopbackMatches(String registered, String requested) {
    for (String prefix : LOOPBACK_PREFIXES) {
      if (registered.startsWith(prefix) && requested.startsWith(prefix)) {
        String registeredRest = afterPort(registered.substring(prefix.length()));
        String requestedRest = afterPort(requested.substring(prefix.length()));
        return registeredRest != null && requestedRest != null && registeredRest.equals(requestedRest)
            && (registeredRest.isEmpty() || registeredRest.charAt(0) == '/');
      }
    }
    return false;
  }

  /** The text after an optional {@code :port}, or {@code null} when the port is malformed or out of range. */
  private static String afterPort(String afterHost) {
    if (!afterHost.startsWith(":")) {
      return afterHost.isEmpty() || afterHost.charAt(0) == '/' ? afterHost : null;
    }
    int end = 1;
    while (end < afterHost.length() && Character.isDigit(afterHost.charAt(end)) && end <= 6) {
      end++;
    }
    String digits = afterHost.substring(1, end);
    if (digits.isEmpty() || digits.length() > 5 || Integer.parseInt(digits) > MAX_PORT
        || Integer.parseInt(digits) == 0) {
      return null;
    }
    String rest = afterHost.substring(end);
    return rest.isEmpty() || rest.charAt(0) == '/' ? rest : null;
  }
}
