package id.mpp.server.storage.idempotency;

import java.util.Arrays;

/**
 * The answer of a finished request, as replayed for a retry with the same idempotency key: the status, the headers
 * that matter to a client ({@code Location}, {@code ETag}, {@code Content-Type}; each {@code null} when absent) and
 * the body bytes (empty when none).
 */
public record StoredResponse(int status, String location, String etag, String contentType, byte[] body) {

    public StoredResponse {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status
                && java.util.Objects.equals(location, that.location) && java.util.Objects.equals(etag, that.etag)
                && java.util.Objects.equals(contentType, that.contentType) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(status, location, etag, contentType) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", bytes=" + body.length + "]";
    }
}
