package id.mpp.server.identity;

/**
 * What a valid {@code id_token_hint} says (RP-Initiated Logout 1.0 §2).
 *
 * @param subject {@code sub}
 * @param clientId the single {@code aud}
 * @param sessionId {@code sid}, or {@code null}
 */
public record IdTokenHint(String subject, String clientId, String sessionId) {}
