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
        @JsonProperty("max_bytes") Long maxBytes) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
