package id.mpp.sdk.sso;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider's answer to an authorization request, as the browser brings it back to the redirect URI:
 * a {@code code}, or an {@code error}, with {@code state} and {@code iss}.
 *
 * <p>Read it with {@link #parse(URI)}, then {@link #verify} it against the request it answers before using the
 * code. Immutable.
 */
public final class AuthorizationResponse {

    private final Map<String, String> parameters;

    private AuthorizationResponse(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Reads the query of the URL the browser was redirected to.
     *
     * @throws InvalidAuthorizationResponseException when a parameter occurs twice
     */
    public static AuthorizationResponse parse(URI redirect) {
        return new AuthorizationResponse(QueryStrings.parse(Objects.requireNonNull(redirect, "redirect").getRawQuery()));
    }

    /** Wraps parameters a web framework already decoded. */
    public static AuthorizationResponse of(Map<String, String> parameters) {
        return new AuthorizationResponse(parameters);
    }

    /** The authorization code, on success. */
    public Optional<String> code() {
        return get("code");
    }

    /** The {@code state} carried back. */
    public Optional<String> state() {
        return get("state");
    }

    /** The issuer that answered ({@code iss}, RFC 9207). */
    public Optional<String> issuer() {
        return get("iss");
    }

    /** The OAuth error code, when the provider refused. */
    public Optional<String> error() {
        return get("error");
    }

    /** The provider's {@code error_description}. */
    public Optional<String> errorDescription() {
        return get("error_description");
    }

    /**
     * Checks that this answer belongs to {@code request} and comes from the expected provider, and returns the
     * code.
     *
     * <p>In order: {@code state} must equal the request's (otherwise the redirect may be forged); {@code iss},
     * when present, must equal {@code expectedIssuer}, and must be present when the provider announces
     * {@code authorization_response_iss_parameter_supported} (RFC 9207 §2.4); then an {@code error} is thrown
     * as {@link AuthorizationException}; finally a code must be present.
     *
     * @param issuerRequired whether an answer without {@code iss} is refused
     * @throws InvalidAuthorizationResponseException when the answer does not belong to the request
     * @throws AuthorizationException when the provider refused the request
     */
    public String verify(AuthorizationRequest request, String expectedIssuer, boolean issuerRequired) {
        String state = get("state").orElseThrow(
                () -> new InvalidAuthorizationResponseException("The redirect carries no state"));
        if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), request.state().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidAuthorizationResponseException("The redirect's state does not match the request's");
        }
        Optional<String> issuer = get("iss");
        if (issuer.isPresent() && !issuer.get().equals(expectedIssuer)) {
            throw new InvalidAuthorizationResponseException(
                    "The redirect comes from issuer " + issuer.get() + ", not " + expectedIssuer);
        }
        if (issuer.isEmpty() && issuerRequired) {
            throw new InvalidAuthorizationResponseException("The redirect carries no iss, which the provider always sends");
        }
        Optional<String> error = get("error");
        if (error.isPresent()) {
            throw new AuthorizationException(error.get(), get("error_description").orElse(null));
        }
        return get("code").orElseThrow(
                () -> new InvalidAuthorizationResponseException("The redirect carries neither a code nor an error"));
    }

    private Optional<String> get(String name) {
        String value = parameters.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return "AuthorizationResponse[" + (parameters.containsKey("error") ? "error=" + parameters.get("error") : "code=***")
                + ", iss=" + parameters.get("iss") + "]";
    }
}
