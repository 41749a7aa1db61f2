package id.mpp.server.http.me;

/** The population registry could not be reached: {@code 503 service-unavailable} with {@code Retry-After} (ACC-042). */
final class RegistryUnavailableException extends RuntimeException {
    RegistryUnavailableException() {
        super("population registry unavailable", null, false, false);
    }
}
