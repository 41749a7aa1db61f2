package id.mpp.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.SessionEndedException;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.errors.FieldError;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.sso.SsoClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mpp}: a citizen's command-line app for MPP Digital over the Java SDK. Each subcommand is a small class
 * below; what they share (the signed-in client, output, errors) is in {@link Command Base}.
 */
@Command(name = "mpp", mixinStandardHelpOptions = true, version = "mpp citizen-cli 0.1.0",
        description = "A citizen's command-line app for MPP Digital (Mal Pelayanan Publik Digital).",
        subcommands = {LoginCommand.class, WhoamiCommand.class, DocumentsCommand.class, ServicesCommand.class,
            ApplyCommand.class, StatusCommand.class, RateCommand.class, LogoutCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the server refused the request (its problem's title, detail and errors are printed)",
            "2:wrong usage (unknown command or option, bad value)",
            "3:not signed in, or the session ended: run `mpp login`",
            "4:the server could not be reached",
            "5:a local file could not be read or written"})
public final class CitizenCli implements Runnable {

    /** The public demo client of the reference server; a real app registers its own native client. */
    static final String CLIENT_ID = "demo-cli";
    static final String[] SCOPES = {"openid", "profile", "offline_access", "account", "documents.read",
        "documents.write", "applications.read", "applications.write"};

    static final int API_ERROR = 1;
    static final int USAGE = 2;
    static final int NOT_SIGNED_IN = 3;
    static final int UNREACHABLE = 4;
    static final int LOCAL_IO = 5;

    @Spec
    CommandSpec spec;

    public static void main(String... args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the app's exit codes for its exceptions. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CitizenCli());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> Base.report(e, cmd));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every command shares: the options, the output, the signed-in client. */
    abstract static class Base implements Callable<Integer> {
        static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);

        @Mixin
        GlobalOptions options;

        @Spec
        CommandSpec spec;

        Texts texts() {
            return new Texts(options.lang);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        SessionFile sessionFile() {
            return new SessionFile(options.sessionFile);
        }

        SsoClient sso(String server) {
            return SsoClient.builder().issuer(server).clientAuthentication(ClientAuthentication.none(CLIENT_ID))
                    .build();
        }

        /** A client for an anonymous call (the catalogue is public). */
        MppClient anonymousClient() {
            return MppClient.builder().baseUrl(options.server).acceptLanguage(texts().lang())
                    .userAgentSuffix("mpp-citizen-cli/0.1").build();
        }

        /** The signed-in client, resumed from the session file; its refresh tokens go back to the file. */
        MppClient client() {
            SessionFile file = sessionFile();
            SessionFile.Saved saved = file.read().orElseThrow(NotSignedInException::new);
            UserSession session = sso(saved.server()).restoreSession(saved.refreshToken(), file);
            return MppClient.builder().baseUrl(saved.server()).credentials(session).acceptLanguage(texts().lang())
                    .userAgentSuffix("mpp-citizen-cli/0.1").build();
        }

        void printJson(Object value) {
            try {
                out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
                out().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Prints what went wrong in the user's words and answers the documented exit code. */
        static int report(Exception e, CommandLine cmd) {
            PrintWriter err = cmd.getErr();
            Object command = cmd.getCommand();
            Texts texts = command instanceof Base base && base.options != null ? base.texts() : new Texts("id");
            int code;
            if (e instanceof NotSignedInException) {
                err.println(texts.get("not.signed.in"));
                code = NOT_SIGNED_IN;
            } else if (e instanceof SessionEndedException) {
                err.println(texts.get("session.ended"));
                code = NOT_SIGNED_IN;
            } else if (e instanceof MppApiException problem) {
                err.println(texts.get("error") + " (" + problem.status() + "): "
                        + problem.title().orElse(problem.type()));
                problem.detail().ifPresent(err::println);
                for (FieldError error : problem.fieldErrors()) {
                    err.println("  - " + error.pointer() + ": " + error.message());
                }
                problem.requestId().ifPresent(id -> err.println("  (request " + id + ")"));
                code = API_ERROR;
            } else if (e instanceof MppTransportException) {
                err.println(texts.get("transport", e.getMessage()));
                code = UNREACHABLE;
            } else if (e instanceof UncheckedIOException || e instanceof IOException) {
                err.println(texts.get("error") + ": " + e.getMessage());
                code = LOCAL_IO;
            } else if (e instanceof IllegalArgumentException) {
                err.println(texts.get("error") + ": " + e.getMessage());
                code = USAGE;
            } else {
                err.println(texts.get("error") + ": " + e);
                code = API_ERROR;
            }
            err.flush();
            return code;
        }
    }

    /** No session file: the user has not signed in on this machine (or signed out). */
    static final class NotSignedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSignedInException() {
            super("not signed in");
        }
    }
}
