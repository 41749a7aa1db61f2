package id.mpp.server.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of every error response: an RFC 9457 problem with the contract's extension members. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonProperty("request_id") String requestId,
        List<FieldViolation> errors,
        @JsonProperty("max_bytes") Long maxBytes,
        @JsonProperty("allowed_actions") List<String> allowedActions,
        @JsonProperty("required_acr") String requiredAcr) {

    /** A problem without the extension members of state transitions and assurance levels. */
    public ProblemDetails(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldViolation> errors, Long maxBytes) {
        this(type, title, status, detail, instance, requestId, errors, maxBytes, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
