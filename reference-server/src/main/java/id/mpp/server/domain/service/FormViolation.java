package id.mpp.server.domain.service;

import java.util.Objects;

/**
 * One offence of an application's form against its service's {@code form_schema}, in the shape of the contract's
 * {@code FieldError} without its message: where ({@code #/form/nama_bayi}, {@code #/form/anak/0}) and the stable code.
 *
 * @param pointer the JSON Pointer of the offending value, {@code #/form} followed by the field names and array
 *     indexes (escaped as RFC 6901 says: {@code ~0} for {@code ~}, {@code ~1} for {@code /})
 * @param code one of the contract's codes: {@link #INVALID_TYPE}, {@link #REQUIRED}, {@link #UNKNOWN},
 *     {@link #NOT_ALLOWED}, {@link #TOO_SHORT}, {@link #TOO_LONG}, {@link #INVALID_FORMAT}, {@link #OUT_OF_RANGE}
 */
public record FormViolation(String pointer, String code) {

    /** {@code type} broken. */
    public static final String INVALID_TYPE = "INVALID_TYPE";
    /** A name of {@code required} absent. */
    public static final String REQUIRED = "REQUIRED";
    /** A member not in {@code properties} where {@code additionalProperties} is {@code false}. */
    public static final String UNKNOWN = "UNKNOWN";
    /** {@code enum} or {@code const} broken. */
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    /** {@code minLength} broken. */
    public static final String TOO_SHORT = "TOO_SHORT";
    /** {@code maxLength} broken. */
    public static final String TOO_LONG = "TOO_LONG";
    /** {@code pattern} or {@code format} broken. */
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    /** {@code minimum}, {@code maximum}, {@code minItems} or {@code maxItems} broken. */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    public FormViolation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
    }
}
