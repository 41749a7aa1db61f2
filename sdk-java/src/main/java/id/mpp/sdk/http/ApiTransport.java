package id.mpp.sdk.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends requests to an MPP Digital server through the SDK's pipeline: base headers ({@code User-Agent},
 * {@code X-Request-Id}, {@code Accept-Language}), the credentials' token, the idempotency key of a
 * {@code POST}, the retry policy, and the mapping of problem answers to exceptions.
 *
 * <p>The façade's resource groups use it for what the generated client cannot do well (streaming uploads and
 * downloads); the generated client goes through the same pipeline.
 */
public interface ApiTransport {

    /**
     * Sends a request and answers its response when the status is 2xx or 3xx.
     *
     * <p>The request's body publisher may be subscribed to once per attempt: a request whose body cannot be
     * produced twice must not be retried (see {@link Retryability}).
     *
     * @throws id.mpp.sdk.errors.MppException the API's problem as its exception, or a transport failure
     */
    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> bodyHandler,
            RequestOptions options, Retryability retryability);

    /** Resolves a path of the contract ({@code /v1/documents}) against the server's base URL. */
    URI resolve(String path);

    /** The JSON mapper the SDK is configured with (unknown properties ignored, java.time supported). */
    ObjectMapper objectMapper();

    /** Whether a request may be sent again after a failure. */
    enum Retryability {
        /** Safe to repeat (GET, PUT, DELETE, or a POST carrying an idempotency key): retried by the policy. */
        RETRYABLE,
        /** Must not be repeated (its body cannot be produced twice): sent once. */
        ONCE
    }
}
