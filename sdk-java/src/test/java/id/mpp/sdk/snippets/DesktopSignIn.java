package id.mpp.sdk.snippets;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.RefreshTokenStore;
import id.mpp.sdk.auth.TokenSet;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.sso.LoopbackLogin;
import id.mpp.sdk.sso.SsoClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The README's "Sign a citizen in from a desktop or command-line app", compiled and run by the build
 * ({@code DesktopSignInTest} plays the browser).
 */
final class DesktopSignIn {

    private static final Logger LOG = System.getLogger(DesktopSignIn.class.getName());

    private DesktopSignIn() {
    }

    // tag::signin[]
    static MppClient signIn(String issuer, TokenFile tokenFile) {
        // A public client: a desktop app keeps no secret; PKCE and the loopback redirect protect the code.
        SsoClient sso = SsoClient.builder()
                .issuer(issuer)                                // e.g. https://mpp.banyumaskab.go.id
                .clientAuthentication(ClientAuthentication.none("banyumas-layanan-desktop"))
                .build();

        // Signed in before: resume from the kept refresh token. Otherwise sign in through the browser.
        UserSession session = tokenFile.read()
                .map(refreshToken -> sso.restoreSession(refreshToken, tokenFile))
                .orElseGet(() -> LoopbackLogin.builder()
                        .sso(sso)
                        .scopes("openid", "profile", "offline_access", "account")
                        .browser(url -> LOG.log(Level.INFO, "Buka tautan ini di peramban untuk masuk: " + url))
                        .refreshTokenStore(tokenFile)          // gets every rotated refresh token
                        .build()
                        .login());

        // The session refreshes its access token before it expires; the client asks it at every request.
        MppClient client = MppClient.builder().baseUrl(issuer).credentials(session).build();
        LOG.log(Level.INFO, "Masuk sebagai " + client.account().me().value().getFullName());
        return client;
    }
    // end::signin[]

    // tag::signin-token-file[]
    /** Keeps the latest refresh token in a file only its owner may read, replaced at once at each rotation. */
    record TokenFile(Path path) implements RefreshTokenStore {

        Optional<String> read() {
            try {
                return Files.exists(path) ? Optional.of(Files.readString(path).strip()) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the refresh token in " + path, e);
            }
        }

        @Override
        public void store(TokenSet tokens) {
            try {
                Files.createDirectories(path.getParent());
                Path next = Files.createTempFile(path.getParent(), ".refresh-token", ".tmp"); // POSIX: rw-------
                Files.writeString(next, tokens.refreshToken().orElseThrow());
                Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the refresh token in " + path, e);
            }
        }
    }
    // end::signin-token-file[]
}
