package id.mpp.sdk.auth;

import id.mpp.sdk.errors.MppException;

/**
 * An OAuth endpoint of the provider (token, revocation, introspection, userinfo) refused a request.
 *
 * <p>Carries the RFC 6749 §5.2 {@code error} code ({@code invalid_grant}, {@code invalid_client}, ...) that a
 * caller branches on, its {@code error_description}, the HTTP status and the {@code X-Request-Id} of the
 * answer. The code is {@code null} only when the answer carried none (for example a {@code 503} page).
 */
public class OAuthException extends MppException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String error;
    private final String errorDescription;
    private final String requestId;

    /**
     * Creates the exception for an OAuth error answer.
     *
     * @param statusCode the HTTP status of the answer
     * @param error the OAuth {@code error} code, or {@code null} when the answer had none
     * @param errorDescription the {@code error_description}, or {@code null}
     * @param requestId the answer's {@code X-Request-Id}, or {@code null}
     */
    public OAuthException(int statusCode, String error, String errorDescription, String requestId) {
        super(message(statusCode, error, errorDescription, requestId));
        this.statusCode = statusCode;
        this.error = error;
        this.errorDescription = errorDescription;
        this.requestId = requestId;
    }

    /** The HTTP status of the answer. */
    public int statusCode() {
        return statusCode;
    }

    /** The OAuth {@code error} code, such as {@code invalid_grant}, or {@code null} when the answer had none. */
    public String error() {
        return error;
    }

    /** The human-readable {@code error_description} of the provider, or {@code null}. */
    public String errorDescription() {
        return errorDescription;
    }

    /** The {@code X-Request-Id} of the answer, to quote to the provider's operators, or {@code null}. */
    public String requestId() {
        return requestId;
    }

    /** Whether the grant (an authorization code or a refresh token) was refused: the user must sign in again. */
    public boolean isInvalidGrant() {
        return "invalid_grant".equals(error);
    }

    private static String message(int statusCode, String error, String description, String requestId) {
        StringBuilder message = new StringBuilder("OAuth request refused: HTTP ").append(statusCode);
        if (error != null) {
            message.append(' ').append(error);
        }
        if (description != null && !description.isBlank()) {
            message.append(" (").append(description).append(')');
        }
        if (requestId != null) {
            message.append(" [request ").append(requestId).append(']');
        }
        return message.toString();
    }
}
