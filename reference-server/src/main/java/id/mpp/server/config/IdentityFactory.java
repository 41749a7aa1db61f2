package id.mpp.server.config;

import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.oauth.AuthorizationCodeRepository;
import id.mpp.server.domain.oauth.AuthorizationCodeService;
import id.mpp.server.domain.oauth.CachedTokenRevocations;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.RefreshTokenRepository;
import id.mpp.server.domain.oauth.ScopePolicy;
import id.mpp.server.domain.oauth.SecureTokenGenerator;
import id.mpp.server.domain.oauth.TokenGenerator;
import id.mpp.server.domain.oauth.TokenRevocations;
import id.mpp.server.identity.AccessTokenVerifier;
import id.mpp.server.identity.AssertionReplayStore;
import id.mpp.server.identity.ClientAuthenticator;
import id.mpp.server.identity.Jwks;
import id.mpp.server.identity.KeyRotationPolicy;
import id.mpp.server.identity.OfficerAgencies;
import id.mpp.server.identity.PrivateKeyJwtVerifier;
import id.mpp.server.identity.RsaKeyFactory;
import id.mpp.server.identity.SigningKeyRing;
import id.mpp.server.identity.SigningKeyStore;
import id.mpp.server.identity.TokenGrants;
import id.mpp.server.identity.TokenIntrospection;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.identity.TokenRevocationService;
import id.mpp.server.identity.TokenSettings;
import id.mpp.server.storage.identity.JdbcTokenRevocations;
import id.mpp.server.storage.session.JdbcConsentStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the OpenID Connect provider's plain-Java rules ({@code domain.oauth}, {@code identity}) to the JDBC stores
 * and the settings: {@code mpp.issuer} (default {@code http://localhost:8080}) and {@code mpp.sso.*}.
 */
@Factory
final class IdentityFactory {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityFactory.class);

    @Singleton
    TokenSettings tokenSettings(@Value("${mpp.issuer:`http://localhost:8080`}") String issuer) {
        return TokenSettings.of(issuer);
    }

    @Singleton
    KeyRotationPolicy keyRotationPolicy(SsoConfiguration sso) {
        return new KeyRotationPolicy(sso.getKeyLeadTime(), sso.getKeyRotationPeriod(),
                TokenSettings.MAX_ACCESS_TOKEN_LIFETIME, sso.getJwksMaxAge());
    }

    @Singleton
    TokenGenerator tokenGenerator() {
        return new SecureTokenGenerator();
    }

    @Singleton
    RsaKeyFactory rsaKeyFactory() {
        return RsaKeyFactory.generating();
    }

    @Singleton
    @Bean(preDestroy = "stop")
    SigningKeyRing signingKeyRing(SigningKeyStore store, KeyRotationPolicy policy, RsaKeyFactory keyFactory,
            TokenGenerator randomness, Clock clock) {
        SigningKeyRing ring = new SigningKeyRing(store, policy, keyFactory, randomness, clock);
        // The first key of a deployment is made beside the rest of the start-up; signing waits for it.
        ring.startMaintaining(runnable -> {
            Thread thread = new Thread(runnable, "signing-key-maintenance");
            thread.setDaemon(true);
            thread.start();
        }).exceptionally(failure -> {
            if (!ring.isStopped()) {
                // Recoverable, hence a warning: the first request that needs a key runs the maintenance again.
                LOG.warn("The first signing-key maintenance failed ({}); the first request that needs a key tries "
                        + "again", failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
                LOG.debug("The first signing-key maintenance's failure", failure);
            } else {
                LOG.debug("The server stopped before its first signing key was stored", failure);
            }
            return null;
        });
        return ring;
    }

    @Singleton
    Jwks jwks(SigningKeyRing ring) {
        return new Jwks(ring);
    }

    @Singleton
    ScopePolicy scopePolicy() {
        return new ScopePolicy();
    }

    @Singleton
    AuthorizationCodeService authorizationCodeService(AuthorizationCodeRepository codes, TokenRevocations revocations,
            TokenGenerator generator, Clock clock) {
        return new AuthorizationCodeService(codes, revocations, generator, clock);
    }

    @Singleton
    RefreshTokenFamily refreshTokenFamily(RefreshTokenRepository tokens, TokenRevocations revocations,
            ScopePolicy scopePolicy, TokenGenerator generator, Clock clock, SsoConfiguration sso) {
        return new RefreshTokenFamily(tokens, revocations, scopePolicy, generator, clock,
                sso.getRefreshTokenLifetime());
    }

    @Singleton
    TokenIssuer tokenIssuer(SigningKeyRing keys, TokenSettings settings, TokenRevocations revocations,
            TokenGenerator ids, Clock clock) {
        return new TokenIssuer(keys, settings, revocations, ids, clock);
    }

    /** No officer accounts yet: the accounts slice replaces this with its own bean. */
    @Singleton
    @Secondary
    OfficerAgencies noOfficerAgencies() {
        return OfficerAgencies.none();
    }

    @Singleton
    TokenGrants tokenGrants(AuthorizationCodeService codes, RefreshTokenFamily refreshTokens, ScopePolicy scopePolicy,
            TokenIssuer issuer, OfficerAgencies agencies, JdbcConsentStore consents, Clock clock) {
        return new TokenGrants(codes, refreshTokens, scopePolicy, issuer, agencies, consents::recordUse, clock);
    }

    /**
     * The revocations every part of the provider uses: the database's, with the answers about access tokens kept
     * for {@link RevocationCacheTime} (automatic unless {@code mpp.sso.revocation-cache} is set).
     */
    @Singleton
    @Primary
    TokenRevocations tokenRevocations(JdbcTokenRevocations stored, SsoConfiguration sso, Clock clock,
            @Value("${datasources.default.url:}") String databaseUrl) {
        return new CachedTokenRevocations(stored, RevocationCacheTime.of(sso.getRevocationCache(), databaseUrl),
                clock);
    }

    @Singleton
    AccessTokenVerifier accessTokenVerifier(SigningKeyRing keys, TokenSettings settings, TokenRevocations revocations,
            Clock clock, SsoConfiguration sso) {
        return new AccessTokenVerifier(keys, settings, revocations, clock, sso.getClockSkew());
    }

    @Singleton
    PrivateKeyJwtVerifier privateKeyJwtVerifier(TokenSettings settings, AssertionReplayStore replays, Clock clock,
            SsoConfiguration sso) {
        return new PrivateKeyJwtVerifier(settings, replays, clock, sso.getClockSkew());
    }

    @Singleton
    ClientAuthenticator clientAuthenticator(ClientDirectory clients, PrivateKeyJwtVerifier assertions) {
        return new ClientAuthenticator(clients, assertions, new ClientSecretVerifier(new PasswordHasher(new SecureRandom())));
    }

    @Singleton
    TokenRevocationService tokenRevocationService(SigningKeyRing keys, TokenSettings settings,
            TokenRevocations revocations, RefreshTokenFamily refreshTokens) {
        return new TokenRevocationService(keys, settings, revocations, refreshTokens);
    }

    @Singleton
    TokenIntrospection tokenIntrospection(AccessTokenVerifier accessTokens, RefreshTokenFamily refreshTokens,
            TokenSettings settings) {
        return new TokenIntrospection(accessTokens, refreshTokens, settings);
    }
}
