package id.mpp.sdk.sso;

import id.mpp.sdk.auth.TokenSet;
import java.util.Objects;

/**
 * A completed sign-in: the tokens of the code exchange and the validated ID token that says who signed in.
 *
 * <p>Immutable. Turn the tokens into credentials with {@link SsoClient#session}.
 */
public final class SignIn {

    private final TokenSet tokens;
    private final IdToken idToken;

    SignIn(TokenSet tokens, IdToken idToken) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.idToken = Objects.requireNonNull(idToken, "idToken");
    }

    /** The tokens: access token, refresh token (with {@code offline_access}) and ID token. */
    public TokenSet tokens() {
        return tokens;
    }

    /** The validated ID token. */
    public IdToken idToken() {
        return idToken;
    }

    @Override
    public String toString() {
        return "SignIn[" + idToken + ", " + tokens + "]";
    }
}
