package id.mpp.examples.cli;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.generated.model.Account;
import id.mpp.sdk.sso.LoopbackLogin;
import id.mpp.sdk.sso.SignIn;
import id.mpp.sdk.sso.SsoClient;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Signs in through the browser: a loopback redirect on 127.0.0.1 with PKCE (RFC 8252), done by the SDK. */
@Command(name = "login", description = "Sign in through the browser (PKCE, loopback redirect) and keep the session.")
final class LoginCommand extends CitizenCli.Base {

    @Option(names = "--no-browser", description = "Only print the sign-in link; do not open a browser.")
    boolean noBrowser;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long to wait for the browser (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        SessionFile file = sessionFile();
        SsoClient sso = sso(options.server);
        SignIn signIn = LoopbackLogin.builder()
                .sso(sso)
                .scopes(CitizenCli.SCOPES)
                .browser(this::openBrowser)
                .timeout(timeout)
                .build()
                .signIn();
        String subject = signIn.idToken().subject();
        String name = signIn.idToken().stringClaim("name").orElse(subject);
        // Keep the session before anything else uses the tokens: a refresh rotates the refresh token.
        file.save(new SessionFile.Saved(options.server, CitizenCli.CLIENT_ID, subject, name,
                signIn.tokens().refreshToken().orElseThrow(
                        () -> new IllegalStateException("the server gave no refresh token (offline_access)"))));
        UserSession session = sso.session(signIn.tokens(), file);
        Account account = MppClient.builder().baseUrl(options.server).credentials(session)
                .acceptLanguage(texts().lang()).build().account().me().value();
        file.save(new SessionFile.Saved(options.server, CitizenCli.CLIENT_ID, subject, account.getFullName(),
                file.read().orElseThrow().refreshToken()));
        if (options.json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("subject", subject);
            result.put("name", account.getFullName());
            result.put("acr", account.getAcr());
            result.put("session_file", file.path().toString());
            printJson(result);
        } else {
            out().println(texts().get("login.done", account.getFullName(), account.getAcr()));
            out().flush();
        }
        return 0;
    }

    /** Prints the link (on stderr, so that {@code --json} output stays clean) and opens it where a desktop exists. */
    private void openBrowser(URI url) {
        err().println(texts().get("login.open"));
        err().println(url);
        err().flush();
        if (!noBrowser && !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(url);
            } catch (IOException | UnsupportedOperationException e) {
                // No browser after all: the printed link is enough.
            }
        }
    }
}
