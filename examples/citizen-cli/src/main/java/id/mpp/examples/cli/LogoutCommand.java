package id.mpp.examples.cli;

import id.mpp.sdk.errors.MppException;
import java.util.Map;
import picocli.CommandLine.Command;

/** Revokes the refresh token (ending the sign-in's tokens) and deletes the session file. */
@Command(name = "logout", description = "Sign out: revoke the session at the server and delete the session file.")
final class LogoutCommand extends CitizenCli.Base {

    @Override
    public Integer call() {
        SessionFile file = sessionFile();
        var saved = file.read();
        if (saved.isEmpty()) {
            if (options.json) {
                printJson(Map.of("signed_out", false));
            } else {
                out().println(texts().get("logout.none"));
            }
            return 0;
        }
        try {
            sso(saved.get().server()).revoke(saved.get().refreshToken(), "refresh_token");
        } catch (MppException e) {
            // Revoked already, or the server is away: the local session goes anyway.
            err().println(e.getMessage());
        }
        file.delete();
        if (options.json) {
            printJson(Map.of("signed_out", true));
        } else {
            out().println(texts().get("logout.done", file.path()));
        }
        out().flush();
        return 0;
    }
}
