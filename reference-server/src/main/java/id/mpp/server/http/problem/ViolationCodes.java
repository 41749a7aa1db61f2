package id.mpp.server.http.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/** The stable {@code FieldError.code} of a Jakarta Validation constraint (STYLE R-303). */
final class ViolationCodes {

    private static final Map<String, String> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", "REQUIRED"),
            Map.entry("NotBlank", "REQUIRED"),
            Map.entry("NotEmpty", "REQUIRED"),
            Map.entry("Pattern", "INVALID_FORMAT"),
            Map.entry("Email", "INVALID_FORMAT"),
            Map.entry("Min", "OUT_OF_RANGE"),
            Map.entry("Max", "OUT_OF_RANGE"),
            Map.entry("DecimalMin", "OUT_OF_RANGE"),
            Map.entry("DecimalMax", "OUT_OF_RANGE"),
            Map.entry("Positive", "OUT_OF_RANGE"),
            Map.entry("PositiveOrZero", "OUT_OF_RANGE"),
            Map.entry("Negative", "OUT_OF_RANGE"),
            Map.entry("NegativeOrZero", "OUT_OF_RANGE"));

    private ViolationCodes() {
    }

    static String of(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if ("Size".equals(constraint)) {
            return sizeCode(violation);
        }
        return BY_CONSTRAINT.getOrDefault(constraint, "INVALID");
    }

    private static String sizeCode(ConstraintViolation<?> violation) {
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        Object value = violation.getInvalidValue();
        int length = value instanceof CharSequence text ? text.length()
                : value instanceof java.util.Collection<?> items ? items.size() : -1;
        return min instanceof Integer minimum && length >= 0 && length < minimum ? "TOO_SHORT" : "TOO_LONG";
    }
}
