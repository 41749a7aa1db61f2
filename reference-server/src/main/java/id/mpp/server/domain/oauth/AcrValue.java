package id.mpp.server.domain.oauth;

import java.util.Arrays;
import java.util.Optional;

/** The assurance levels, lowest first (the contract's {@code AcrValue}). */
public enum AcrValue {
  BASIC("urn:mpp:acr:basic"),
  EMAIL("urn:mpp:acr:email"),
  NIK("urn:mpp:acr:nik");

  private final String urn;

  AcrValue(String urn) {
    this.urn = urn;
  }

  public String urn() {
    return urn;
  }

  public boolean isAtLeast(AcrValue other) {
    return compareTo(other) >= 0;
  }

  public static Optional<AcrValue> fromUrn(String urn) {
    return Arrays.stream(values()).filter(a -> a.urn.equals(urn)).findFirst();
  }
}
