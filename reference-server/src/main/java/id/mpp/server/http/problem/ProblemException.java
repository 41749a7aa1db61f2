package id.mpp.server.http.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by a controller to answer a problem of the catalogue. Texts are keys of {@link ProblemTexts}, rendered in
 * the request's language by {@link ProblemResponseBodyProvider}: the detail with its arguments, and for each
 * offending input the message {@code field.<code>}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArguments;
    private final List<Violation> violations;
    private final transient Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detailKey, Object... detailArguments) {
        this(type, List.of(), detailKey, detailArguments);
    }

    private ProblemException(ProblemType type, List<Violation> violations, String detailKey, Object... detailArguments) {
        this(type, violations, Map.of(), detailKey, detailArguments);
    }

    private ProblemException(ProblemType type, List<Violation> violations, Map<String, Object> extensions,
            String detailKey, Object... detailArguments) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    /** A problem of {@code type} listing several offending inputs in {@code errors}. */
    public static ProblemException withViolations(ProblemType type, List<Violation> violations, String detailKey,
            Object... detailArguments) {
        return new ProblemException(type, violations, detailKey, detailArguments);
    }

    /**
     * This problem with one more extension member of the contract's Problem ({@link #ALLOWED_ACTIONS},
     * {@link #REQUIRED_ACR}).
     */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ProblemException(type, violations, more, detailKey, detailArguments);
    }

    /** The extension members set with {@link #with(String, Object)}. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** A {@code validation-error} about one input. */
    public static ProblemException invalid(String pointer, String code) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, List.of(new Violation(pointer, code)),
                "detail.validation-error");
    }

    /** A {@code validation-error} about one input, with a detail of its own ({@code detailKey}). */
    public static ProblemException invalid(String pointer, String code, String detailKey, Object... detailArguments) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, List.of(new Violation(pointer, code)), detailKey,
                detailArguments);
    }

    /** A {@code not-found} whose detail is the text {@code detailKey}. */
    public static ProblemException notFound(String detailKey, Object... detailArguments) {
        return new ProblemException(ProblemType.NOT_FOUND, detailKey, detailArguments);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The extension member {@code max_bytes} of {@code payload-too-large}, when a limit other than the body's. */
    public static final String MAX_BYTES = "max_bytes";

    /**
     * A {@code payload-too-large} whose {@code max_bytes} is {@code maxBytes} (a limit of the operation, such as a
     * document type's size limit) rather than the server's body limit.
     */
    public static ProblemException payloadTooLarge(long maxBytes, String detailKey, Object... detailArguments) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, detailKey, detailArguments).with(MAX_BYTES,
                maxBytes);
    }

    /** The {@code max_bytes} of a {@code payload-too-large} made by {@link #payloadTooLarge}, else null. */
    public Long maxBytes() {
        return (Long) extensions.get(MAX_BYTES);
    }

    /** The extension member {@code allowed_actions} (a list of action names) of {@code invalid-transition}. */
    public static final String ALLOWED_ACTIONS = "allowed_actions";
    /** The extension member {@code required_acr} of {@code insufficient-assurance}. */
    public static final String REQUIRED_ACR = "required_acr";

    /**
     * An offending input: its pointer and the stable code whose message is the text {@code field.<code>}, or the
     * text {@code messageKey} with {@code messageArguments} when a message key is given.
     */
    public record Violation(String pointer, String code, String messageKey, List<String> messageArguments) {

        public Violation(String pointer, String code) {
            this(pointer, code, null, List.of());
        }

        public Violation {
            messageArguments = messageArguments == null ? List.of() : List.copyOf(messageArguments);
        }
    }
}
