package id.mpp.server.identity;

/** The outcome of {@link AccessTokenVerifier#verify}: the verified claims, or why the token is refused. */
public sealed interface AccessTokenVerification {

  record Verified(VerifiedAccessToken token) implements AccessTokenVerification {}

  record Rejected(Reason reason) implements AccessTokenVerification {}

  /** Why a token is refused; every reason answers 401 {@code invalid_token} (SSO-060, GEN-019). */
  enum Reason {
    MALFORMED,
    UNSUPPORTED_ALGORITHM,
    WRONG_TYPE,
    UNKNOWN_KEY,
    BAD_SIGNATURE,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    EXPIRED,
    NOT_YET_VALID,
    MISSING_CLAIM,
    REVOKED
  }
}
