package id.mpp.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RevocationCacheTimeTest {

    @Test
    @DisplayName("Unset, the embedded H2 database keeps answers as long as an access token lives")
    void embeddedH2KeepsAnswers() {
        assertThat(RevocationCacheTime.of(null, "jdbc:h2:file:./mpp-data/db/mpp;MODE=PostgreSQL"))
                .isEqualTo(Duration.ofSeconds(300));
        assertThat(RevocationCacheTime.of(null, "jdbc:h2:mem:test;MODE=PostgreSQL"))
                .isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    @DisplayName("Unset, a database other processes can open (PostgreSQL, H2 as a server) is asked every time")
    void sharedDatabasesAreAskedEveryTime() {
        assertThat(RevocationCacheTime.of(null, "jdbc:postgresql://db:5432/mpp")).isZero();
        assertThat(RevocationCacheTime.of(null, "jdbc:h2:tcp://db/mpp")).isZero();
        assertThat(RevocationCacheTime.of(null, "jdbc:h2:file:./db;AUTO_SERVER=TRUE")).isZero();
        assertThat(RevocationCacheTime.of(null, "")).isZero();
    }

    @Test
    @DisplayName("A configured time wins")
    void configuredWins() {
        assertThat(RevocationCacheTime.of(Duration.ofSeconds(2), "jdbc:postgresql://db:5432/mpp"))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(RevocationCacheTime.of(Duration.ZERO, "jdbc:h2:mem:test")).isZero();
    }
}
