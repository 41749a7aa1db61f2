package id.mpp.server.http.login;

import id.mpp.server.domain.account.LoginThrottle;
import id.mpp.server.domain.oauth.AuthorizationRequestValidator;
import id.mpp.server.domain.oauth.AuthorizationResponseUri;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.RedirectUriMatcher;
import id.mpp.server.domain.oauth.ScopePolicy;
import id.mpp.server.domain.oauth.SsoSessionPolicy;
import id.mpp.server.identity.IdTokenHintVerifier;
import id.mpp.server.identity.SigningKeyRing;
import id.mpp.server.identity.TokenSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the plain-Java rules the sign-in pages use. */
@Factory
class LoginFactory {

    @Singleton
    AuthorizationRequestValidator authorizationRequestValidator(ClientDirectory clients, ScopePolicy scopes) {
        return new AuthorizationRequestValidator(clients, new RedirectUriMatcher(), scopes);
    }

    @Singleton
    SsoSessionPolicy ssoSessionPolicy(Clock clock) {
        return new SsoSessionPolicy(clock);
    }

    @Singleton
    AuthorizationResponseUri authorizationResponseUri(TokenSettings settings) {
        return new AuthorizationResponseUri(settings.issuer());
    }

    @Singleton
    IdTokenHintVerifier idTokenHintVerifier(SigningKeyRing keys, TokenSettings settings) {
        return new IdTokenHintVerifier(keys, settings);
    }

    @Singleton
    LoginThrottle loginThrottle(Clock clock, LoginSettings settings) {
        return new LoginThrottle(clock, settings.getAttemptsPerAccount(), settings.getAttemptsPerAddress(),
                settings.getAttemptWindow(), LoginThrottle.DEFAULT_MAX_KEYS);
    }
}
