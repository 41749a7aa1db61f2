package id.mpp.sdk.errors;

import java.util.Objects;

/**
 * One input that broke the contract, as listed in the {@code errors} member of a problem.
 *
 * @param pointer where the input is: a JSON Pointer into the body ({@code #/form/nama_bayi}), or
 *     {@code #/query/<name>}, {@code #/header/<name>}, {@code #/path/<name>} for a parameter
 * @param code a stable, machine-readable reason such as {@code REQUIRED} or {@code INVALID_FORMAT}
 * @param message the reason in the negotiated language, for people
 */
public record FieldError(String pointer, String code, String message) {

    /** Creates a field error; {@code null} members become empty strings, so callers never check for null. */
    public FieldError {
        pointer = Objects.requireNonNullElse(pointer, "");
        code = Objects.requireNonNullElse(code, "");
        message = Objects.requireNonNullElse(message, "");
    }

    /** The error as one log-friendly fragment: {@code #/nik INVALID_FORMAT: NIK harus terdiri dari 16 digit.}. */
    @Override
    public String toString() {
        return pointer + " " + code + (message.isEmpty() ? "" : ": " + message);
    }
}
