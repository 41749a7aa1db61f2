package id.mpp.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void aTokenLivingShorterThanTwiceTheSkewIsUsedForHalfItsLife() {
        TokenSet tokens = TokenSet.builder().accessToken("at").issuedAt(NOW).expiresAt(NOW.plusSeconds(60)).build();

        assertThat(tokens.needsRefresh(NOW.plusSeconds(29), Duration.ofSeconds(60))).isFalse();
        assertThat(tokens.needsRefresh(NOW.plusSeconds(30), Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void toStringRevealsNoToken() {
        TokenSet tokens = TokenSet.builder().accessToken("secret-access").refreshToken("secret-refresh")
                .idToken("secret-id").issuedAt(NOW).build();

        assertThat(tokens.toString()).doesNotContain("secret");
    }
}
