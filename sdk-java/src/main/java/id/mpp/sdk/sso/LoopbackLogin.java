package id.mpp.sdk.sso;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.mpp.sdk.auth.RefreshTokenStore;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.errors.MppException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Sign-in for desktop and command-line apps through a loopback redirect (RFC 8252 §7.3): a one-shot HTTP
 * listener on {@code 127.0.0.1} receives the browser's redirect.
 *
 * <p>{@link #login()} binds a free port, builds the authorization request with the redirect URI
 * {@code http://127.0.0.1:<port>/callback} (the provider accepts any port for a loopback URI registered for a
 * native client), hands its URL to the {@link Builder#browser(Consumer) browser} callback (which prints it or
 * opens a browser), and waits for exactly one callback. It then checks {@code state} and {@code iss},
 * exchanges the code with the PKCE verifier, validates the ID token, answers the browser with a short page in
 * Bahasa Indonesia saying whether the sign-in succeeded, and closes the listener. The listener never outlives
 * the call. Not reentrant: one login at a time per instance.
 *
 * <pre>{@code
 * UserSession session = LoopbackLogin.builder()
 *     .sso(sso)
 *     .scopes("openid", "profile", "offline_access", "documents.read")
 *     .browser(url -> System.out.println("Buka di peramban: " + url))
 *     .refreshTokenStore(keychain::save)
 *     .build()
 *     .login();
 * }</pre>
 */
public final class LoopbackLogin {

    /** The page the browser shows after a successful sign-in. */
    static final String SUCCESS_PAGE = page("Berhasil masuk", "Berhasil masuk. Anda dapat menutup jendela ini.");
    /** The page the browser shows after a failed sign-in. */
    static final String FAILURE_PAGE = page("Gagal masuk",
            "Gagal masuk. Kembali ke aplikasi untuk melihat penyebabnya dan mencoba lagi.");

    private static final String CALLBACK_PATH = "/callback";

    private final SsoClient sso;
    private final List<String> scopes;
    private final Consumer<URI> browser;
    private final Duration timeout;
    private final RefreshTokenStore store;
    private final Consumer<AuthorizationRequest.Builder> options;

    private LoopbackLogin(Builder builder) {
        this.sso = Objects.requireNonNull(builder.sso, "sso");
        this.scopes = List.copyOf(builder.scopes);
        this.browser = Objects.requireNonNull(builder.browser, "browser");
        this.timeout = builder.timeout;
        this.store = builder.store;
        this.options = builder.options;
    }

    /** Starts building a loopback login. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Signs the user in and returns their self-refreshing session; the first refresh token goes to the store.
     *
     * @throws LoginTimeoutException when no browser came back in time
     * @throws InvalidAuthorizationResponseException when the callback does not answer this login's request
     * @throws AuthorizationException when the provider refused the sign-in (the user declined, for example)
     * @throws id.mpp.sdk.auth.OAuthException when the token endpoint refused the code
     * @throws IdTokenException when the ID token is not valid
     */
    public UserSession login() {
        return sso.session(signIn().tokens(), store);
    }

    /**
     * Signs the user in and returns the tokens with the validated ID token, for apps that also need to know
     * who signed in; {@link SsoClient#session} turns the tokens into a session.
     *
     * @throws LoginTimeoutException when no browser came back in time
     * @throws InvalidAuthorizationResponseException when the callback does not answer this login's request
     * @throws AuthorizationException when the provider refused the sign-in
     * @throws id.mpp.sdk.auth.OAuthException when the token endpoint refused the code
     * @throws IdTokenException when the ID token is not valid
     */
    public SignIn signIn() {
        CompletableFuture<String> callbackQuery = new CompletableFuture<>();
        CompletableFuture<String> answerPage = new CompletableFuture<>();
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mpp-sdk-loopback-login");
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server = start(executor, callbackQuery, answerPage);
        try {
            URI redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + CALLBACK_PATH);
            AuthorizationRequest request = sso.authorizationRequest(builder -> {
                options.accept(builder);
                builder.redirectUri(redirectUri).scopes(scopes);
            });
            browser.accept(request.uri());
            String query = await(callbackQuery);
            URI callback = query == null ? redirectUri : URI.create(redirectUri + "?" + query);
            SignIn signIn = sso.completeSignIn(request, callback);
            answerPage.complete(SUCCESS_PAGE);
            return signIn;
        } finally {
            answerPage.complete(FAILURE_PAGE);
            // Give the handler a moment to send the page; with no callback there is nothing to wait for.
            server.stop(callbackQuery.isDone() ? 1 : 0);
            executor.shutdownNow();
        }
    }

    private static HttpServer start(ExecutorService executor, CompletableFuture<String> callbackQuery,
            CompletableFuture<String> answerPage) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new MppException("Could not open a loopback listener on 127.0.0.1: " + e.getMessage(), e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean callback = "GET".equals(exchange.getRequestMethod())
                        && CALLBACK_PATH.equals(exchange.getRequestURI().getPath());
                if (!callback || !callbackQuery.complete(exchange.getRequestURI().getRawQuery())) {
                    respond(exchange, 404, page("Tidak ditemukan", "Halaman ini tidak ada."));
                    return;
                }
                respond(exchange, 200, awaitPage(answerPage));
            }
        });
        server.start();
        return server;
    }

    private String await(CompletableFuture<String> callbackQuery) {
        try {
            return callbackQuery.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LoginTimeoutException("No browser came back to the loopback redirect within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MppException("Interrupted while waiting for the sign-in", e);
        } catch (ExecutionException e) {
            throw new MppException("The loopback listener failed: " + e.getCause(), e.getCause());
        }
    }

    private static String awaitPage(CompletableFuture<String> answerPage) {
        try {
            return answerPage.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILURE_PAGE;
        } catch (ExecutionException | TimeoutException e) {
            return FAILURE_PAGE;
        }
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String page(String title, String message) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + title
                + " - MPP Digital</title></head><body><p>" + message + "</p></body></html>";
    }

    /** Builds {@link LoopbackLogin}. */
    public static final class Builder {

        private SsoClient sso;
        private final List<String> scopes = new ArrayList<>(List.of("openid"));
        private Consumer<URI> browser;
        private Duration timeout = Duration.ofMinutes(5);
        private RefreshTokenStore store = RefreshTokenStore.inMemoryOnly();
        private Consumer<AuthorizationRequest.Builder> options = builder -> {
        };

        private Builder() {
        }

        /** Sets the provider's client; it must be a native client registered with {@code http://127.0.0.1/callback}. */
        public Builder sso(SsoClient sso) {
            this.sso = sso;
            return this;
        }

        /** Sets the scopes; {@code openid} is always included, and {@code offline_access} gives a refresh token. */
        public Builder scopes(String... scopes) {
            this.scopes.clear();
            this.scopes.addAll(Arrays.asList(scopes));
            return this;
        }

        /** Sets what to do with the authorization URL: print it, or open it in the system browser; required. */
        public Builder browser(Consumer<URI> browser) {
            this.browser = browser;
            return this;
        }

        /** Sets how long to wait for the browser to come back; five minutes by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** Sets where the session's refresh tokens are kept; in memory only by default. */
        public Builder refreshTokenStore(RefreshTokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Sets further options of the authorization request ({@code prompt}, {@code ui_locales}, {@code login_hint}, ...). */
        public Builder authorizationOptions(Consumer<AuthorizationRequest.Builder> options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Builds the login; nothing is opened until {@link LoopbackLogin#login()}. */
        public LoopbackLogin build() {
            return new LoopbackLogin(this);
        }
    }
}
