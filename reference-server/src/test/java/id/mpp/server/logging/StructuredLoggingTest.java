package id.mpp.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class StructuredLoggingTest {

    @Test
    @DisplayName("One key=value line per event in UTC, with the request ID, quotes escaped and the stack trace indented")
    void writesOneKeyValueLinePerEvent() {
        var context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.start();
        var captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            StructuredLogging.configureConsole(context);
            Logger logger = context.getLogger("id.mpp.server.http.Example");
            MDC.put("request_id", "req-1");
            logger.info("said \"halo\"");
            MDC.remove("request_id");
            logger.error("failed", new IllegalStateException("boom"));
            logger.debug("not at INFO");
            context.getLogger("org.flywaydb.core.Flyway").info("quiet below WARN");
        } finally {
            System.setOut(original);
            context.stop();
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).matches("ts=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z level=INFO "
                + "logger=id\\.mpp\\.server\\.http\\.Example thread=\\S+ request_id=req-1 msg=\"said \\\\\"halo\\\\\"\"");
        assertThat(lines[1]).endsWith("level=ERROR logger=id.mpp.server.http.Example thread=" + Thread.currentThread().getName()
                + " request_id=- msg=\"failed\"");
        assertThat(lines[2]).isEqualTo("  java.lang.IllegalStateException: boom");
        assertThat(lines[3]).startsWith("  \tat ");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("not at INFO", "quiet below WARN");
    }
}
