package id.mpp.sdk.internal;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;

/**
 * A body handler that hands a success body to the caller's handler but keeps an error body (4xx, 5xx) as bytes,
 * so that the transport can read the problem and the caller's handler never sees an error.
 *
 * <p>One instance serves one attempt. Internal to the SDK; not a public API.
 */
final class ErrorCapture<T> implements BodyHandler<T> {

    private final BodyHandler<T> onSuccess;
    private volatile byte[] errorBody = new byte[0];

    ErrorCapture(BodyHandler<T> onSuccess) {
        this.onSuccess = onSuccess;
    }

    @Override
    public BodySubscriber<T> apply(ResponseInfo info) {
        if (info.statusCode() < 400) {
            return onSuccess.apply(info);
        }
        return BodySubscribers.mapping(BodySubscribers.ofByteArray(), bytes -> {
            errorBody = bytes;
            return null;
        });
    }

    /** The body of an error answer; empty when the answer was a success or had no body. */
    byte[] errorBody() {
        return errorBody;
    }
}
