package id.mpp.sdk.errors;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with an error status (4xx or 5xx): carries the status, the problem {@code type},
 * {@code title}, {@code detail}, field errors, the request ID and the raw body.
 *
 * <p>Branch on the subclass or on {@link #type()} (one of {@link ProblemTypes}), never on the title or
 * detail, which follow {@code Accept-Language}. {@link #getMessage()} is made to stand alone in a log line:
 * {@code 404 not-found: Dokumen doc_01J... tidak ditemukan. (request 7f3c9a2e-...)}.
 */
public class MppApiException extends MppException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_FIELD_ERRORS_IN_MESSAGE = 3;
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final ProblemDetails problem;

    /** Creates the exception for an error answer. */
    public MppApiException(ProblemDetails problem) {
        super(message(Objects.requireNonNull(problem, "problem")));
        this.problem = problem;
    }

    /** All that the answer said, as one value. */
    public ProblemDetails problem() {
        return problem;
    }

    /** The HTTP status. */
    public int status() {
        return problem.status();
    }

    /** The problem type URI (one of {@link ProblemTypes}); {@code about:blank} when the answer had none. */
    public String type() {
        return problem.type();
    }

    /** Whether the problem type is {@code type}, for example {@link ProblemTypes#INVALID_TRANSITION}. */
    public boolean hasType(String type) {
        return problem.type().equals(type);
    }

    /** The problem's short summary, in the negotiated language. */
    public Optional<String> title() {
        return problem.title();
    }

    /** What went wrong in this occurrence, in the negotiated language. */
    public Optional<String> detail() {
        return problem.detail();
    }

    /** Every offending input (validation problems); otherwise empty. */
    public List<FieldError> fieldErrors() {
        return problem.fieldErrors();
    }

    /** The request's ID, to quote when asking the server's operators for help. */
    public Optional<String> requestId() {
        return problem.requestId();
    }

    /** How long the server asked the caller to wait before trying again ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return problem.retryAfter();
    }

    /** The body exactly as received, or an empty string. */
    public String rawBody() {
        return problem.rawBody();
    }

    private static String message(ProblemDetails problem) {
        StringBuilder message = new StringBuilder().append(problem.status());
        String type = problem.type();
        if (!ProblemTypes.ABOUT_BLANK.equals(type)) {
            message.append(' ').append(type.startsWith(ProblemTypes.PREFIX)
                    ? type.substring(ProblemTypes.PREFIX.length()) : type);
        }
        Optional<String> text = problem.detail().or(problem::title);
        if (text.isPresent()) {
            message.append(": ").append(text.get());
        } else if (!problem.rawBody().isBlank()) {
            message.append(": ").append(oneLine(problem.rawBody()));
        }
        List<FieldError> errors = problem.fieldErrors();
        if (!errors.isEmpty()) {
            message.append(" [");
            for (int i = 0; i < Math.min(errors.size(), MAX_FIELD_ERRORS_IN_MESSAGE); i++) {
                message.append(i == 0 ? "" : "; ").append(errors.get(i));
            }
            if (errors.size() > MAX_FIELD_ERRORS_IN_MESSAGE) {
                message.append("; and ").append(errors.size() - MAX_FIELD_ERRORS_IN_MESSAGE).append(" more");
            }
            message.append(']');
        }
        problem.requestId().ifPresent(id -> message.append(" (request ").append(id).append(')'));
        return message.toString();
    }

    private static String oneLine(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_BODY_IN_MESSAGE ? flat : flat.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }
}
