package id.mpp.server.http.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Optional;

/**
 * Tells a body that does not parse (malformed-request, GEN-002) from a well-formed body with a field of the wrong
 * type or an unknown enum value (validation-error at a pointer into the body, GEN-006).
 */
final class BodyErrors {

    private BodyErrors() {
    }

    /**
     * The Jackson mapping failure behind {@code cause}, when it names the field that broke, and the body itself did
     * parse: a body cut off inside a field ({@code {"nik":"3302}) fails while mapping that field, but it is
     * malformed, not a wrong value.
     */
    static Optional<JsonMappingException> fieldError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
                return Optional.empty();
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return Optional.of(mapping);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code cause} is, or wraps, a body that could not be read as JSON at all. */
    static boolean unreadable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }

    static String pointer(JsonMappingException mapping) {
        StringBuilder pointer = new StringBuilder("#");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    static String code(JsonMappingException mapping) {
        boolean enumTarget = mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum();
        boolean creatorRefused = mapping instanceof ValueInstantiationException
                && mapping.getCause() instanceof IllegalArgumentException;
        return enumTarget || creatorRefused ? "UNKNOWN" : "INVALID_TYPE";
    }
}
