package id.mpp.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes (after the command's name: {@code mpp whoami --json}). */
final class GlobalOptions {

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:MPP_SERVER:-http://localhost:8080}",
            description = "The MPP Digital server (its issuer), env MPP_SERVER (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--session-file", paramLabel = "FILE",
            defaultValue = "${env:MPP_SESSION_FILE:-${sys:user.home}/.mpp-digital/session.json}",
            description = "Where the session is kept, env MPP_SESSION_FILE (default: ${DEFAULT-VALUE}).")
    Path sessionFile;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "${env:MPP_LANG:-id}",
            description = "Language of the output and of the server's messages, env MPP_LANG (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--json", description = "Print the result as JSON, for scripts.")
    boolean json;
}
