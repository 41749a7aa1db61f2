package id.mpp.server.http.security;

import id.mpp.server.identity.AccessTokenVerification;
import id.mpp.server.identity.AccessTokenVerifier;
import id.mpp.server.identity.VerifiedAccessToken;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Turns a bearer access token into the caller of a secured operation (SSO-060, GEN-019): the provider's
 * {@link AccessTokenVerifier} decides (RS256 only, a published key, the issuer, the API audience, the lifetime,
 * not revoked). A verified token becomes an {@link Authentication} named by {@code sub} whose roles are the
 * token's scopes, so that {@code @Secured("documents.read")} checks a scope (GEN-020), and whose attributes are
 * read back by {@link Caller}. A refused token gives no authentication and marks the request, so that its 401
 * says {@code error="invalid_token"} ({@link BearerChallengeFilter}). Runs on the blocking pool: the revocation
 * check reads the database.
 */
@Singleton
final class BearerTokenValidator implements TokenValidator<HttpRequest<?>> {
    /** Request attribute set when a presented token was refused. */
    static final String REJECTED = "mpp.bearer.rejected";
    /** Request attribute set when a presented token was accepted. */
    static final String VERIFIED = "mpp.bearer.verified";

    private final AccessTokenVerifier verifier;
    private final ExecutorService blocking;

    BearerTokenValidator(AccessTokenVerifier verifier, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.verifier = verifier;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> verify(token, request),
                blocking));
    }

    private Authentication verify(String token, HttpRequest<?> request) {
        AccessTokenVerification outcome = verifier.verify(token);
        if (outcome instanceof AccessTokenVerification.Verified verified) {
            if (request != null) {
                request.setAttribute(VERIFIED, Boolean.TRUE);
            }
            return toAuthentication(verified.token());
        }
        if (request != null) {
            request.setAttribute(REJECTED, ((AccessTokenVerification.Rejected) outcome).reason().name());
        }
        return null;
    }

    static Authentication toAuthentication(VerifiedAccessToken token) {
        return Authentication.build(token.subject(), token.scopes().values(), Caller.attributes(token));
    }
}
