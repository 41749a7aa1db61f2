package id.mpp.server.http.account;

import id.mpp.server.domain.account.FieldError;
import java.util.List;

/**
 * Inputs that broke the domain's rules: answered as {@code 400 validation-error} with every error, each with its
 * pointer, code and the domain's own message in the request's language. Carries no input value.
 */
final class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidInputException(List<FieldError> errors) {
        super("invalid input at " + errors.stream().map(FieldError::pointer).toList(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
