package id.mpp.server.http;

/** Makes the ID of a request that came without a valid {@code X-Request-Id}. Injected so tests can fix it. */
@FunctionalInterface
public interface RequestIdGenerator {

    /** A new ID matching {@code ^[A-Za-z0-9._-]{1,128}$}. */
    String next();
}
