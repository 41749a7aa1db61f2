package id.mpp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The access log: one line per request, carrying the request ID, never the query string. */
@MicronautTest
class AccessLogTest {

    private final EmbeddedServer server;
    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("mpp.access");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level previousLevel;

    AccessLogTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void capture() {
        previousLevel = accessLogger.getLevel();
        accessLogger.setLevel(Level.INFO);
        events.start();
        accessLogger.addAppender(events);
    }

    @AfterEach
    void release() {
        accessLogger.detachAppender(events);
        accessLogger.setLevel(previousLevel);
    }

    @Test
    @DisplayName("GEN-007: the request's log line carries its request ID, and not its query string")
    void logLineCarriesRequestIdButNoQuery() {
        new Http(server).get("/v1/regions?province_code=33", "X-Request-Id", "log-line-7");

        assertThat(events.list)
                .filteredOn(event -> "log-line-7".equals(event.getMDCPropertyMap().get("request_id")))
                .singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .isEqualTo("method=GET path=/v1/regions status=200 duration_ms=" + durationOf(event))
                        .doesNotContain("province_code"));
    }

    private static String durationOf(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return message.substring(message.lastIndexOf('=') + 1);
    }
}
