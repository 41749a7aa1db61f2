package id.mpp.sdk;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test fixtures shared by the core's tests: a WireMock server and a client pointed at it. */
public final class TestClients {

    /** The instant the fixed test clock shows. */
    public static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private TestClients() {
    }

    /** A WireMock server on a free port, HTTP/1.1 only, reset before each test. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true))
                .build();
    }

    /**
     * A client of {@code server} with a fixed clock, the given sleeper, and a retry policy without jitter (so that
     * waits are exact): base delay 100 ms, maximum 1 s.
     */
    public static MppClient.Builder client(WireMockExtension server, RecordingSleeper sleeper) {
        return MppClient.builder()
                .baseUrl(server.baseUrl())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.builder()
                        .baseDelay(Duration.ofMillis(100))
                        .maxDelay(Duration.ofSeconds(1))
                        .jitter(false)
                        .build());
    }
}
