package id.mpp.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The server's logging, set up in code (found by Logback through {@code META-INF/services}) rather than by a
 * {@code logback.xml}, whose XML parsing cost a cold start about a twentieth of a second: one line per event,
 * key=value, in UTC, easy to grep and to ship to a log store. {@code request_id} comes from the request-ID filter
 * (MDC); a line written outside a request says {@code request_id=-}. Never log a secret or a full NIK.
 *
 * <p>The root level is {@code MPP_LOG_LEVEL} (default INFO); Micronaut's {@code logger.levels.*} settings apply on
 * top. A configuration file of one's own still wins: {@code -Dlogback.configurationFile=...} (or a
 * {@code logback-test.xml}, as the tests have) makes this step aside.
 */
public final class StructuredLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "ts=%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} level=%level logger=%logger{36} "
            + "thread=%thread request_id=%X{request_id:--} msg=\"%replace(%msg){'\"','\\\\\"'}\"%n"
            + "%replace(%ex){'(?m)^','  '}%nopex";
    private static final Map<String, Level> QUIET = Map.of(
            "io.micronaut.context.env", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || StructuredLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void configureConsole(LoggerContext context) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("MPP_LOG_LEVEL"), Level.INFO));
        root.addAppender(console);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
