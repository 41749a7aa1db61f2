package id.mpp.conformance.config;

/** A vendor configuration that is missing a field or holds a wrong value; the message names the field. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
