package id.mpp.server.domain.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which claims each scope releases (OpenID Connect Core §5.4, SSO-061, SSO-062): {@code sub} always;
 * {@code name}, {@code birthdate}, {@code locale}, {@code acr} under {@code profile}; {@code email},
 * {@code email_verified} under {@code email}; {@code phone_number}, {@code phone_number_verified} under
 * {@code phone}; {@code nik} only under {@code nik}. A claim the account lacks is omitted, never null.
 */
public final class ClaimsReleasePolicy {

  /** The UserInfo claims of {@code account} for a token with {@code scopes}. */
  public Map<String, Object> release(AccountClaims account, Scopes scopes) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", account.subject());
    if (scopes.contains(Scopes.PROFILE)) {
      put(claims, "name", account.name());
      put(claims, "birthdate", account.birthdate());
      put(claims, "locale", account.locale());
      put(claims, "acr", account.acr() == null ? null : account.acr().urn());
    }
    if (scopes.contains(Scopes.EMAIL)) {
      put(claims, "email", account.email());
      put(claims, "email_verified", account.email() == null ? null : account.emailVerified());
    }
    if (scopes.contains(Scopes.PHONE)) {
      put(claims, "phone_number", account.phoneNumber());
      put(claims, "phone_number_verified", account.phoneNumber() == null ? null : account.phoneNumberVerified());
    }
    if (scopes.contains(Scopes.NIK)) {
      put(claims, "nik", account.nik());
    }
    return claims;
  }

  private static void put(Map<String, Object> claims, String name, Object value) {
    if (value != null) {
      claims.put(name, value);
    }
  }
}
