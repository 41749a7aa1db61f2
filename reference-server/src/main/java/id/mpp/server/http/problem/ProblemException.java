package id.mpp.server.http.problem;

import java.util.List;

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
    private Long maxBytes;

    public ProblemException(ProblemType type, String detailKey, Object... detailArguments) {
        this(type, List.of(), detailKey, detailArguments);
    }

    private ProblemException(ProblemType type, List<Violation> violations, String detailKey, Object... detailArguments) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
        this.violations = List.copyOf(violations);
    }

    /** A {@code validation-error} about one input. */
    public static ProblemException invalid(String pointer, String code) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, List.of(new Violation(pointer, code)),
                "detail.validation-error");
    }

    /** A {@code not-found} whose detail is the text {@code detailKey}. */
    public static ProblemException notFound(String detailKey, Object... detailArguments) {
        return new ProblemException(ProblemType.NOT_FOUND, detailKey, detailArguments);
    }

    /**
     * A {@code payload-too-large} whose {@code max_bytes} is {@code maxBytes} (a limit of the operation, such as a
     * document type's size limit) rather than the server's body limit.
     */
    public static ProblemException payloadTooLarge(long maxBytes, String detailKey, Object... detailArguments) {
        ProblemException problem = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, detailKey, detailArguments);
        problem.maxBytes = maxBytes;
        return problem;
    }

    /** The {@code max_bytes} of a {@code payload-too-large} made by {@link #payloadTooLarge}, else null. */
    public Long maxBytes() {
        return maxBytes;
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

    /** An offending input: its pointer and the stable code whose message is the text {@code field.<code>}. */
    public record Violation(String pointer, String code) {
    }
}
