package id.mpp.sdk.internal;

import id.mpp.sdk.http.ApiTransport;
import id.mpp.sdk.http.ApiTransport.Retryability;
import id.mpp.sdk.http.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@link HttpClient} the generated client is given: it sends every request through the SDK's transport, so
 * that generated calls get the same headers, token, idempotency keys, retries and exceptions as the façade.
 *
 * <p>An error answer therefore never reaches the generated code: the transport throws the
 * {@link id.mpp.sdk.errors.MppApiException} for it. Form and multipart bodies are sent once (the generated client
 * streams a multipart body from a pipe that cannot be read twice, and the OAuth protocol endpoints, the only
 * form-encoded ones, take no idempotency key). The configuration getters answer those of the JDK client the
 * transport sends with.
 *
 * <p>Internal to the SDK; not a public API.
 */
public final class PipelineHttpClient extends HttpClient {

    /**
     * A header the façade sets on a generated call to carry the attempt timeout of its {@link RequestOptions};
     * removed before the request is sent.
     */
    public static final String TIMEOUT_HEADER = "X-Mpp-Sdk-Attempt-Timeout";

    private final ApiTransport transport;
    private final HttpClient delegate;

    /** Creates a client that sends through {@code transport}, answering the configuration of {@code delegate}. */
    public PipelineHttpClient(ApiTransport transport, HttpClient delegate) {
        this.transport = transport;
        this.delegate = delegate;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request,
                (name, value) -> !TIMEOUT_HEADER.equalsIgnoreCase(name));
        RequestOptions.Builder options = RequestOptions.builder();
        Optional<String> timeout = request.headers().firstValue(TIMEOUT_HEADER);
        if (timeout.isPresent()) {
            options.timeout(Duration.parse(timeout.get()));
        }
        return transport.send(copy, handler, options.build(), retryability(request));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        Executor executor = delegate.executor().orElse(ForkJoinPool.commonPool());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, executor);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    private static Retryability retryability(HttpRequest request) {
        String contentType = request.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded")
                ? Retryability.ONCE : Retryability.RETRYABLE;
    }
}
