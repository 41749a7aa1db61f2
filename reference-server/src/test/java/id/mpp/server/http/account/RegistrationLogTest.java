package id.mpp.server.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.server.http.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No secret and no full NIK in any log line: everything logged during registrations is captured and searched. */
@MicronautTest(transactional = false)
class RegistrationLogTest {

    @Inject
    EmbeddedServer server;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("id.mpp");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level rootLevel;
    private Level oursLevel;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        oursLevel = ours.getLevel();
        root.setLevel(Level.INFO);
        ours.setLevel(Level.DEBUG);
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void release() {
        root.detachAppender(events);
        root.setLevel(rootLevel);
        ours.setLevel(oursLevel);
    }

    @Test
    @DisplayName("ACC-003: registrations, accepted, duplicate and invalid, log neither the NIK digits nor the password")
    void registrationLogsNoNikAndNoPassword() {
        Registering registering = new Registering(new Http(server));
        ObjectNode body = Registering.body(4242);
        String nik = body.path("nik").asText();
        registering.register(body);
        registering.register(body);
        ObjectNode invalid = Registering.body(4243);
        invalid.put("password", "x" + invalid.path("nik").asText());
        registering.register(invalid);

        String logged = events.list.stream().map(RegistrationLogTest::everything).collect(Collectors.joining("\n"));

        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.startsWith("account registered account_id=usr_"));
        assertThat(logged).doesNotContain(nik).doesNotContain(nik.substring(4, 14))
                .doesNotContain(invalid.path("nik").asText())
                .doesNotContain(Registering.PASSWORD);
    }

    private static String everything(ILoggingEvent event) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(event.getFormattedMessage());
        parts.add(String.valueOf(event.getMDCPropertyMap()));
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                parts.add(String.valueOf(argument));
            }
        }
        if (event.getThrowableProxy() != null) {
            parts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return String.join(" ", parts);
    }
}
