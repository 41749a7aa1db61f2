package id.mpp.server.identity;

import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.InMemoryRefreshTokenRepository;
import id.mpp.server.domain.oauth.InMemoryTokenRevocations;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.ScopePolicy;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import java.time.Duration;
import java.time.Instant;

/** One provider wired in memory for the identity tests. */
final class ProviderFixture {
  static final String ISSUER = "https://mpp.banyumaskab.go.id";

  final MutableClock clock = MutableClock.atStart();
  final SequentialTokenGenerator generator = new SequentialTokenGenerator();
  final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  final SigningKeyRing ring = new SigningKeyRing(new InMemorySigningKeyStore(), KeyRotationPolicy.defaults(),
      TestKeys.factory(), generator, clock);
  final TokenSettings settings = TokenSettings.of(ISSUER);
  final TokenIssuer issuer = new TokenIssuer(ring, settings, revocations, generator, clock);
  final AccessTokenVerifier verifier = new AccessTokenVerifier(ring, settings, revocations, clock,
      Duration.ofSeconds(30));
  final RefreshTokenFamily refreshTokens = new RefreshTokenFamily(new InMemoryRefreshTokenRepository(), revocations,
      new ScopePolicy(), generator, clock, Duration.ofDays(30));

  ProviderFixture() {
    ring.maintain();
  }

  Grant grant(String clientId, String scope) {
    return new Grant("grant-" + clientId, clientId, "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "ses_1", Scopes.parse(scope),
        Instant.parse("2026-11-29T07:59:00Z"), AcrValue.NIK);
  }
}
