package id.mpp.server.domain.oauth;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A set of OAuth scopes in the order they were given, parsed from and printed as a space-separated string. */
public final class Scopes {
  public static final String OPENID = "openid";
  public static final String PROFILE = "profile";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String NIK = "nik";
  public static final String OFFLINE_ACCESS = "offline_access";
  public static final String OFFICER = "officer";
  public static final String AGENCY_EVENTS = "agency.events";

  /** Every scope of the contract's {@code mppOAuth} scheme ({@code scopes_supported}). */
  public static final Set<String> SUPPORTED = Collections.unmodifiableSet(new LinkedHashSet<>(Set.of(
      OPENID, PROFILE, EMAIL, PHONE, NIK, OFFLINE_ACCESS, "account", "documents.read", "documents.write",
      "applications.read", "applications.write", OFFICER, AGENCY_EVENTS)));

  /** RFC 6749 §3.3 scope-token: printable ASCII except space, {@code "} and {@code \}. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private static final Scopes EMPTY = new Scopes(Set.of());

  private final Set<String> values;

  private Scopes(Collection<String> values) {
    this.values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  public static Scopes empty() {
    return EMPTY;
  }

  public static Scopes of(String... values) {
    return of(java.util.Arrays.asList(values));
  }

  public static Scopes of(Collection<String> values) {
    for (String value : values) {
      if (!SCOPE_TOKEN.matcher(value).matches()) {
        throw new IllegalArgumentException("Not a scope token");
      }
    }
    return new Scopes(values);
  }

  /**
   * Parses a {@code scope} parameter; {@code null} or blank gives the empty set, repeated values count once.
   *
   * @throws OAuthException {@code invalid_scope} when a value is not a valid scope token
   */
  public static Scopes parse(String scope) {
    if (scope == null || scope.isBlank()) {
      return EMPTY;
    }
    Set<String> parsed = new LinkedHashSet<>();
    for (String value : scope.trim().split(" +")) {
      if (!SCOPE_TOKEN.matcher(value).matches()) {
        throw new OAuthException(OAuthErrorCode.INVALID_SCOPE, "The scope parameter is malformed.");
      }
      parsed.add(value);
    }
    return new Scopes(parsed);
  }

  public boolean contains(String scope) {
    return values.contains(scope);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public boolean isSubsetOf(Scopes other) {
    return other.values.containsAll(values);
  }

  /** The scopes of this set that {@code other} does not hold. */
  public Scopes minus(Scopes other) {
    Set<String> rest = new LinkedHashSet<>(values);
    rest.removeAll(other.values);
    return new Scopes(rest);
  }

  /** The scopes of this set, in this set's order, that {@code other} also holds. */
  public Scopes intersect(Scopes other) {
    Set<String> kept = new LinkedHashSet<>(values);
    kept.retainAll(other.values);
    return new Scopes(kept);
  }

  public Set<String> values() {
    return values;
  }

  /** The space-separated form, as in a {@code scope} claim or parameter. */
  public String asString() {
    return String.join(" ", values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scopes other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return asString();
  }
}
