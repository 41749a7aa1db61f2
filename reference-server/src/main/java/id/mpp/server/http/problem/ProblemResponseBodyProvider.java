package id.mpp.server.http.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import id.mpp.server.http.Language;
import id.mpp.server.http.RequestIds;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders every error the server answers as the contract's problem (GEN-001): the framework's own errors (no route,
 * wrong method, media type, body too large, unreadable body, bad parameter) as much as a controller's
 * {@link ProblemException}. Titles and details follow {@code Accept-Language} (GEN-008); {@code request_id} repeats
 * {@code X-Request-Id} (GEN-007); a 500 never shows what failed inside.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public final class ProblemResponseBodyProvider implements JsonErrorResponseBodyProvider<ProblemDetails> {

    private final long maxRequestSize;

    ProblemResponseBodyProvider(HttpServerConfiguration serverConfiguration) {
        this.maxRequestSize = serverConfiguration.getMaxRequestSize();
    }

    @Override
    public String contentType() {
        return ProblemDetails.MEDIA_TYPE;
    }

    @Override
    public ProblemDetails body(ErrorContext context, HttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Language language = Language.of(request);
        Throwable cause = context.getRootCause().orElse(null);
        Rendered rendered = cause instanceof ProblemException problem
                ? fromProblemException(problem, language)
                : fromStatus(response, request, cause, language);
        ProblemType type = rendered.type();
        return new ProblemDetails(
                type.uri().toString(),
                ProblemTexts.title(type, language),
                type.status(),
                rendered.detail(),
                request.getPath(),
                RequestIds.of(request),
                rendered.errors().isEmpty() ? null : rendered.errors(),
                type != ProblemType.PAYLOAD_TOO_LARGE ? null
                        : cause instanceof ProblemException problem && problem.maxBytes() != null
                                ? problem.maxBytes() : Long.valueOf(maxRequestSize),
                extension(cause, ProblemException.ALLOWED_ACTIONS),
                extension(cause, ProblemException.REQUIRED_ACR));
    }

    @SuppressWarnings("unchecked")
    private static <T> T extension(Throwable cause, String member) {
        return cause instanceof ProblemException problem ? (T) problem.extensions().get(member) : null;
    }

    /** The problem type an error response will carry; the response's status is set to the type's status. */
    ProblemType typeOf(ErrorContext context, HttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            return problem.type();
        }
        return classify(response.code(), cause);
    }

    private static Rendered fromProblemException(ProblemException problem, Language language) {
        List<FieldViolation> errors = problem.violations().stream()
                .map(violation -> new FieldViolation(violation.pointer(), violation.code(),
                        fieldMessage(violation, language)))
                .toList();
        return new Rendered(problem.type(),
                ProblemTexts.text(problem.detailKey(), language, problem.detailArguments()), errors);
    }

    /**
     * The message of an offending input: its own message key if it has one, else the text for its field and code if
     * written, else the one for its code.
     */
    private static String fieldMessage(ProblemException.Violation violation, Language language) {
        if (violation.messageKey() != null) {
            return ProblemTexts.text(violation.messageKey(), language, violation.messageArguments().toArray());
        }
        String pointer = violation.pointer();
        if (pointer.startsWith("#/")) {
            String specific = "field." + pointer.substring(2).replace('/', '.') + "." + violation.code();
            String text = ProblemTexts.text(specific, language);
            if (!text.equals(specific)) {
                return text;
            }
        }
        return ProblemTexts.text("field." + violation.code(), language);
    }

    private Rendered fromStatus(HttpResponse<?> response, HttpRequest<?> request, Throwable cause, Language language) {
        ProblemType type = classify(response.code(), cause);
        return switch (type) {
            case VALIDATION_ERROR -> new Rendered(type, ProblemTexts.text("detail.validation-error", language),
                    violations(request, cause, language));
            case MALFORMED_REQUEST -> new Rendered(type, BodyErrors.unreadable(cause)
                    ? ProblemTexts.text("detail.malformed-request", language, "JSON")
                    : ProblemTexts.text("detail.malformed-request.generic", language), List.of());
            case NOT_FOUND -> new Rendered(type, ProblemTexts.text("detail.not-found", language, request.getPath()),
                    List.of());
            case METHOD_NOT_ALLOWED -> new Rendered(type, ProblemTexts.text("detail.method-not-allowed", language,
                    request.getMethodName(), request.getPath(),
                    response.getHeaders().get(HttpHeaders.ALLOW, String.class).orElse("")), List.of());
            case UNSUPPORTED_MEDIA_TYPE -> new Rendered(type, ProblemTexts.text("detail.unsupported-media-type",
                    language, request.getContentType().map(Object::toString).orElse("?")), List.of());
            case PAYLOAD_TOO_LARGE -> new Rendered(type, ProblemTexts.text("detail.payload-too-large", language,
                    Long.toString(maxRequestSize)), List.of());
            case NOT_ACCEPTABLE, UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, INTERNAL_ERROR, SERVICE_UNAVAILABLE ->
                    new Rendered(type, ProblemTexts.text("detail." + type.slug(), language), List.of());
            default -> new Rendered(type, null, List.of());
        };
    }

    /** The catalogue type for an error status and its cause, as the framework raised it. */
    static ProblemType classify(int status, Throwable cause) {
        if (cause instanceof ContentLengthExceededException) {
            return ProblemType.PAYLOAD_TOO_LARGE;
        }
        if (status == 400 || cause instanceof ConversionErrorException) {
            if (BodyErrors.fieldError(cause).isPresent()) {
                return ProblemType.VALIDATION_ERROR;
            }
            if (cause instanceof ConstraintViolationException || cause instanceof UnsatisfiedArgumentException) {
                return ProblemType.VALIDATION_ERROR;
            }
            if (cause instanceof ConversionErrorException conversion && !isBody(conversion.getArgument())) {
                return ProblemType.VALIDATION_ERROR;
            }
            return ProblemType.MALFORMED_REQUEST;
        }
        return ProblemType.forStatus(status);
    }

    private static List<FieldViolation> violations(HttpRequest<?> request, Throwable cause, Language language) {
        List<FieldViolation> errors = new ArrayList<>();
        Optional<JsonMappingException> bodyField = BodyErrors.fieldError(cause);
        if (bodyField.isPresent()) {
            String code = BodyErrors.code(bodyField.get());
            errors.add(new FieldViolation(BodyErrors.pointer(bodyField.get()), code,
                    ProblemTexts.text("field." + code, language)));
            for (String missing : MissingMembers.reportedWith(bodyField.get())) {
                errors.add(new FieldViolation(missing, "REQUIRED", ProblemTexts.text("field.REQUIRED", language)));
            }
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String code = ViolationCodes.of(violation);
                errors.add(new FieldViolation(pointerOf(request, violation.getPropertyPath()), code,
                        ProblemTexts.text("field." + code, language)));
            }
            errors.sort(Comparator.comparing(FieldViolation::pointer).thenComparing(FieldViolation::code));
        } else if (cause instanceof ConversionErrorException conversion) {
            String code = conversion.getArgument().getType().isEnum() ? "UNKNOWN" : "INVALID_TYPE";
            errors.add(new FieldViolation(InputPointers.forArgument(conversion.getArgument(), ""), code,
                    ProblemTexts.text("field." + code, language)));
        } else if (cause instanceof UnsatisfiedArgumentException missing) {
            errors.add(new FieldViolation(InputPointers.forArgument(missing.getArgument(), ""), "REQUIRED",
                    ProblemTexts.text("field.REQUIRED", language)));
        }
        return errors;
    }

    /**
     * A violation's path is {@code method.parameter[.property...]}: the parameter is named as the contract names
     * it, and the properties below it become a pointer into the body.
     */
    private static String pointerOf(HttpRequest<?> request, Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        Optional<Path.Node> parameter = nodes.stream()
                .filter(node -> node.getKind() == ElementKind.PARAMETER)
                .findFirst();
        if (parameter.isEmpty()) {
            return "#/" + path;
        }
        StringBuilder rest = new StringBuilder();
        boolean below = false;
        for (Path.Node node : nodes) {
            if (below) {
                if (node.getName() != null) {
                    rest.append('/').append(JsonNames.snakeCase(node.getName()));
                }
                if (node.getIndex() != null) {
                    rest.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    rest.append('/').append(node.getKey());
                }
            }
            if (node == parameter.get()) {
                below = true;
            }
        }
        return InputPointers.forArgument(request, parameter.get().getName(), rest.toString());
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private record Rendered(ProblemType type, String detail, List<FieldViolation> errors) {
    }
}
