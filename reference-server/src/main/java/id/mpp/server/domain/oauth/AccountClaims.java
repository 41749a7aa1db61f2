package id.mpp.server.domain.oauth;

import java.util.Objects;

/**
 * What the provider knows of an account that a scope may release; {@code null} members are absent.
 *
 * @param subject the account's {@code SubjectId} ({@code sub})
 * @param name the full name
 * @param birthdate {@code YYYY-MM-DD}
 * @param locale {@code id} or {@code en}
 * @param acr the assurance level the account has reached
 * @param email the e-mail address
 * @param emailVerified whether it is verified
 * @param phoneNumber the E.164 mobile number
 * @param phoneNumberVerified whether it is verified
 * @param nik the NIK; released only under {@code nik} (SSO-062)
 */
public record AccountClaims(
    String subject,
    String name,
    String birthdate,
    String locale,
    AcrValue acr,
    String email,
    Boolean emailVerified,
    String phoneNumber,
    Boolean phoneNumberVerified,
    String nik) {

  public AccountClaims {
    Objects.requireNonNull(subject, "subject");
  }

  @Override
  public String toString() {
    return "AccountClaims[subject=" + subject + "]";
  }
}
