package id.mpp.sdk.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.internal.RetryAfter;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an error answer (status, headers, body) into the {@link MppApiException} subclass that fits it.
 *
 * <p>The status chooses the class: 400 and 422 {@link ValidationException} (except the OAuth protocol's own
 * 400 types, which stay {@link MppApiException}), 401 {@link UnauthenticatedException}, 403
 * {@link ForbiddenException}, 404 {@link NotFoundException}, 409 {@link ConflictException}, 412 and 428
 * {@link PreconditionFailedException}, 429 {@link RateLimitedException}; any other status gives a plain
 * {@link MppApiException}. The body is read as an RFC 9457 problem when it is JSON; anything else (an HTML
 * page from a proxy, an empty body) still gives an exception with the status, the raw body and the request ID.
 */
public final class ProblemMapper {

    private static final String OAUTH_PREFIX = ProblemTypes.PREFIX + "oauth-";

    private final ObjectMapper json;
    private final Clock clock;

    /** Creates a mapper that reads bodies with {@code json} and dates in {@code Retry-After} against {@code clock}. */
    public ProblemMapper(ObjectMapper json, Clock clock) {
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Maps an answer whose body is still in bytes. */
    public MppApiException map(int status, HttpHeaders headers, byte[] body) {
        return map(status, headers, body == null ? "" : new String(body, StandardCharsets.UTF_8), null);
    }

    /**
     * Maps an answer.
     *
     * @param sentRequestId the {@code X-Request-Id} that was sent, used when neither the body nor the response
     *     headers carry one (an error from a proxy in front of the server); may be {@code null}
     */
    public MppApiException map(int status, HttpHeaders headers, String body, String sentRequestId) {
        ProblemDetails.Builder problem = ProblemDetails.builder(status).rawBody(body);
        JsonNode root = parse(body);
        if (root != null) {
            problem.type(text(root, "type"))
                    .title(text(root, "title"))
                    .detail(text(root, "detail"))
                    .instance(text(root, "instance"))
                    .requestId(text(root, "request_id"))
                    .requiredAcr(text(root, "required_acr"))
                    .fieldErrors(fieldErrors(root.path("errors")))
                    .allowedActions(strings(root.path("allowed_actions")));
            if (root.path("max_bytes").canConvertToLong()) {
                problem.maxBytes(root.path("max_bytes").asLong());
            }
            if (text(root, "request_id") == null) {
                problem.requestId(headerRequestId(headers, sentRequestId));
            }
        } else {
            problem.requestId(headerRequestId(headers, sentRequestId));
        }
        if (headers != null) {
            RetryAfter.parse(headers.firstValue("Retry-After"), clock.instant()).ifPresent(problem::retryAfter);
        }
        return toException(problem.build());
    }

    /** Chooses the exception class for already-read problem details. */
    public static MppApiException toException(ProblemDetails problem) {
        switch (problem.status()) {
            case 400:
                return problem.type().startsWith(OAUTH_PREFIX)
                        ? new MppApiException(problem) : new ValidationException(problem);
            case 422:
                return new ValidationException(problem);
            case 401:
                return new UnauthenticatedException(problem);
            case 403:
                return new ForbiddenException(problem);
            case 404:
                return new NotFoundException(problem);
            case 409:
                return new ConflictException(problem);
            case 412:
            case 428:
                return new PreconditionFailedException(problem);
            case 429:
                return new RateLimitedException(problem);
            default:
                return new MppApiException(problem);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String headerRequestId(HttpHeaders headers, String sentRequestId) {
        return headers == null ? sentRequestId : headers.firstValue("X-Request-Id").orElse(sentRequestId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static List<FieldError> fieldErrors(JsonNode errors) {
        List<FieldError> result = new ArrayList<>();
        if (errors.isArray()) {
            for (JsonNode error : errors) {
                if (error.isObject()) {
                    result.add(new FieldError(text(error, "pointer"), text(error, "code"), text(error, "message")));
                }
            }
        }
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                if (item.isValueNode() && !item.isNull()) {
                    result.add(item.asText());
                }
            }
        }
        return result;
    }
}
