package id.mpp.examples.worker;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.sso.SsoClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agency-worker}: an agency's back-end over the Java SDK. It signs in as itself (client credentials), shows
 * its queue, and follows its event feed as a small rule-driven worker.
 */
@Command(name = "agency-worker", mixinStandardHelpOptions = true, version = "agency-worker 0.1.0",
        description = "An agency back-end for MPP Digital: its queue, and a rule-driven worker on its event feed.",
        subcommands = {AgencyWorker.Queue.class, AgencyWorker.Run.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the server refused a request (its problem is printed)", "2:wrong usage",
            "4:the server could not be reached"})
public final class AgencyWorker implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String... args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AgencyWorker());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("Failed: " + e.getMessage());
            err.flush();
            if (e instanceof MppTransportException) {
                return 4;
            }
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The connection settings every command takes. */
    static final class Connection {
        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:MPP_SERVER:-http://localhost:8080}",
                description = "The MPP Digital server (its issuer), env MPP_SERVER (default: ${DEFAULT-VALUE}).")
        String server;

        @Option(names = "--client-id", defaultValue = "${env:MPP_CLIENT_ID:-demo-agency}",
                description = "The agency's client, env MPP_CLIENT_ID (default: ${DEFAULT-VALUE}).")
        String clientId;

        @Option(names = "--client-secret", defaultValue = "${env:MPP_CLIENT_SECRET}", arity = "0..1",
                interactive = true, description = "Its secret, env MPP_CLIENT_SECRET (never on a shared machine's "
                        + "command line: give --client-secret alone to be asked for it).")
        String clientSecret;

        @Option(names = "--agency", defaultValue = "${env:MPP_AGENCY:-33-02-disdukcapil}",
                description = "The agency the client belongs to, env MPP_AGENCY (default: ${DEFAULT-VALUE}).")
        String agencyId;

        /** Client credentials: the SDK caches the token and fetches a new one shortly before it expires. */
        MppClient client() {
            if (clientSecret == null || clientSecret.isBlank()) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "no client secret: set MPP_CLIENT_SECRET or give --client-secret");
            }
            SsoClient sso = SsoClient.builder().issuer(server)
                    .clientAuthentication(ClientAuthentication.clientSecretBasic(clientId, clientSecret)).build();
            return MppClient.builder().baseUrl(server).credentials(sso.clientCredentials("officer", "agency.events"))
                    .userAgentSuffix("mpp-agency-worker/0.1").build();
        }
    }

    @Command(name = "queue", description = "Show the agency's open applications (all with --all), the oldest due first.")
    static final class Queue implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Spec
        CommandSpec spec;

        @Option(names = "--all", description = "Also the closed ones (COMPLETED, REJECTED, CANCELLED).")
        boolean all;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<ApplicationSummary> queue = connection.client().applications().agencyQueue(connection.agencyId,
                    q -> {
                        if (!all) {
                            q.statuses(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                                    ApplicationStatus.NEEDS_REVISION, ApplicationStatus.APPROVED);
                        }
                    }).stream().toList();
            out.printf("%-24s %-40s %-14s %-10s %s%n", "TRACKING NUMBER", "SERVICE", "STATUS", "DUE", "OVERDUE");
            for (ApplicationSummary a : queue) {
                out.printf("%-24s %-40s %-14s %-10s %s%n", a.getTrackingNumber(), a.getServiceId(), a.getStatus(),
                        a.getDueDate(), Boolean.TRUE.equals(a.getOverdue()) ? "yes" : "");
            }
            out.printf("%d application(s)%n", queue.size());
            out.flush();
            return 0;
        }
    }

    @Command(name = "run", description = "Follow the event feed and complete what the rules allow.")
    static final class Run implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "FILE",
                description = "The rules (properties); default: the built-in birth-certificate rule.")
        Path rulesFile;

        @Option(names = "--cursor-file", paramLabel = "FILE", defaultValue = "${env:MPP_CURSOR_FILE:-agency-worker.cursor}",
                description = "Where the feed position is kept between runs, env MPP_CURSOR_FILE (default: ${DEFAULT-VALUE}).")
        Path cursorFile;

        @Option(names = "--once", description = "Handle what is in the feed now, then exit (for tests and cron).")
        boolean once;

        @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "PT10S",
                description = "Pause between polls when caught up, at least 5 s (ISO-8601, default: ${DEFAULT-VALUE}).")
        Duration pollInterval;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            Rules rules = Rules.load(rulesFile);
            rules.all().values().forEach(rule -> out.println("rule " + rule.name() + ": " + rule.serviceId()
                    + (rule.verifyDocuments() ? " (verifies documents)" : "")));
            Worker worker = new Worker(connection.client(), connection.agencyId, rules, new CursorFile(cursorFile), out);
            Duration pause = pollInterval.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : pollInterval;
            while (true) {
                int events = worker.catchUp();
                out.println("caught up (" + events + " event(s) read)");
                out.flush();
                if (once) {
                    return 0;
                }
                Thread.sleep(pause.toMillis());
            }
        }
    }
}
