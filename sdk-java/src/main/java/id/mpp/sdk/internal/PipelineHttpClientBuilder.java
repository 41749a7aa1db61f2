package id.mpp.sdk.internal;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@link HttpClient.Builder} handed to the generated {@code ApiClient}: {@link #build()} answers the
 * {@link PipelineHttpClient}, already configured through {@code MppClient.builder()}.
 *
 * <p>The generated client never configures it; a setter called anyway throws, because the JDK client is
 * configured once, through the SDK's own builder. Internal to the SDK; not a public API.
 */
public final class PipelineHttpClientBuilder implements HttpClient.Builder {

    private final PipelineHttpClient client;

    /** Creates a builder whose {@link #build()} answers {@code client}. */
    public PipelineHttpClientBuilder(PipelineHttpClient client) {
        this.client = client;
    }

    @Override
    public HttpClient build() {
        return client;
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder priority(int priority) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector proxySelector) {
        throw unsupported();
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(
                "the SDK's HTTP client is configured through MppClient.builder(), not through the generated client");
    }
}
