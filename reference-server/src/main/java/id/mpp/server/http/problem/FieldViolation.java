package id.mpp.server.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending input of a {@code validation-error}: where it is (a JSON Pointer such as {@code #/query/page_size}),
 * a stable code ({@code OUT_OF_RANGE}) and a message in the negotiated language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(String pointer, String code, String message) {
}
