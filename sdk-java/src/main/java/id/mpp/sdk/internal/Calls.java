package id.mpp.sdk.internal;

import id.mpp.sdk.Versioned;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.ProblemMapper;
import id.mpp.sdk.generated.invoker.ApiException;
import id.mpp.sdk.generated.invoker.ApiResponse;
import id.mpp.sdk.http.RequestOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs calls of the generated client for the façade: turns {@link RequestOptions} into the generated methods'
 * arguments and a checked {@link ApiException} into the SDK's unchecked exceptions.
 *
 * <p>Errors that the server answered never arrive here as {@code ApiException}: the transport under the
 * generated client already threw them as {@link id.mpp.sdk.errors.MppApiException}. What remains is an answer
 * the generated code refused itself (a 3xx, a body it could not read) or a missing required argument.
 *
 * <p>Internal to the SDK; not a public API.
 */
public final class Calls {

    private final ProblemMapper problems;

    /** Creates the helper; {@code problems} maps the rare answers that still arrive as {@code ApiException}. */
    public Calls(ProblemMapper problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** A call of the generated client that answers a value. */
    @FunctionalInterface
    public interface Call<T> {
        /** Makes the call. */
        T call() throws ApiException;
    }

    /** A call of the generated client that answers nothing. */
    @FunctionalInterface
    public interface VoidCall {
        /** Makes the call. */
        void call() throws ApiException;
    }

    /** Makes {@code call}, translating its failure. */
    public <T> T run(Call<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw translate(e);
        }
    }

    /** Makes {@code call}, translating its failure. */
    public void run(VoidCall call) {
        try {
            call.call();
        } catch (ApiException e) {
            throw translate(e);
        }
    }

    /** Makes a {@code ...WithHttpInfo} call and answers its value with the answer's {@code ETag}. */
    public <T> Versioned<T> versioned(Call<ApiResponse<T>> call) {
        ApiResponse<T> response = run(call);
        return Versioned.of(response.getData(), header(response.getHeaders(), "ETag"));
    }

    /** The {@code X-Request-Id} argument of a generated call. */
    public static String requestId(RequestOptions options) {
        return options.requestId().orElse(null);
    }

    /** The {@code Accept-Language} argument of a generated call. */
    public static String language(RequestOptions options) {
        return options.acceptLanguage().orElse(null);
    }

    /** The {@code Idempotency-Key} argument of a generated call. */
    public static String idempotencyKey(RequestOptions options) {
        return options.idempotencyKey().orElse(null);
    }

    /** The extra {@code headers} argument of a generated call: the options' headers and the attempt timeout. */
    public static Map<String, String> headers(RequestOptions options) {
        Map<String, String> headers = new LinkedHashMap<>(options.headers());
        options.timeout().ifPresent(timeout -> headers.put(PipelineHttpClient.TIMEOUT_HEADER, timeout.toString()));
        return headers;
    }

    /** Translates a failure of the generated client into the SDK's exception for it. */
    public RuntimeException translate(ApiException e) {
        if (e.getResponseHeaders() != null) {
            return problems.map(e.getCode(), e.getResponseHeaders(),
                    Objects.requireNonNullElse(e.getResponseBody(), ""), null);
        }
        if (e.getCause() != null) {
            return new MppException("The answer could not be read: " + e.getCause(), e.getCause());
        }
        return new IllegalArgumentException(e.getMessage(), e);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
