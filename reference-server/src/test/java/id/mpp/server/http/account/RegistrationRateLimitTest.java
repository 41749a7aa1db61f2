package id.mpp.server.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registration rate limit, with a clock the test moves. */
@MicronautTest(transactional = false)
@Property(name = "mpp.accounts.registration-attempts-per-address", value = "2")
class RegistrationRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcAccountRepository accounts;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    @DisplayName("ACC-005, GEN-018: beyond 2 attempts per address in the hour, 429 with Retry-After and no account; allowed again after the window")
    void attemptsBeyondTheLimitAreRefused() {
        Registering registering = new Registering(new Http(server));
        assertThat(registering.register(Registering.body(1)).statusCode()).isEqualTo(201);
        assertThat(registering.register(Registering.body(1)).statusCode()).as("a refused attempt counts too")
                .isEqualTo(409);
        long before = accounts.count();

        HttpResponse<String> refused = registering.register(Registering.body(2), "Idempotency-Key", "retry-me");

        Problems.assertProblem(refused, 429, "rate-limited");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(accounts.count()).isEqualTo(before);

        clock.advance(Duration.ofMinutes(45));
        assertThat(registering.register(Registering.body(2)).headers().firstValue("Retry-After")).hasValue("900");

        clock.advance(Duration.ofMinutes(15));
        HttpResponse<String> later = registering.register(Registering.body(2), "Idempotency-Key", "retry-me");
        assertThat(later.statusCode()).as("a 429 is not stored: the same key runs again").isEqualTo(201);
        assertThat(accounts.count()).isEqualTo(before + 1);
    }
}
