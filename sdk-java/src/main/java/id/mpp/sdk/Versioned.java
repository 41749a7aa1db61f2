package id.mpp.sdk;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource as read, together with its version: the {@code ETag} the server answered with it.
 *
 * <p>Changing a versioned resource (cancelling an application, updating the account, ...) requires the version
 * it was read at, sent as {@code If-Match}; pass this object back to the change and the SDK sends it. When the
 * resource changed in between, the change fails with {@link id.mpp.sdk.errors.PreconditionFailedException}: read
 * it again and decide again.
 *
 * @param <T> the type of the resource
 */
public final class Versioned<T> {

    private final T value;
    private final String etag;

    private Versioned(T value, String etag) {
        this.value = value;
        this.etag = etag;
    }

    /** A resource and its {@code ETag} ({@code null} when the server sent none). */
    public static <T> Versioned<T> of(T value, String etag) {
        return new Versioned<>(value, etag);
    }

    /** The resource. */
    public T value() {
        return value;
    }

    /** The {@code ETag} as the server sent it (quotes included), to send as {@code If-Match}. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /**
     * The {@code ETag}, for an operation that needs it.
     *
     * @throws IllegalStateException when the server sent none
     */
    public String requireEtag() {
        if (etag == null) {
            throw new IllegalStateException("the server answered this resource without an ETag; read it again");
        }
        return etag;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Versioned<?> versioned && Objects.equals(value, versioned.value)
                && Objects.equals(etag, versioned.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, etag);
    }

    @Override
    public String toString() {
        return "Versioned[etag=" + etag + ", " + value + "]";
    }
}
