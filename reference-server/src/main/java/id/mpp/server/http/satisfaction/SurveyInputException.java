package id.mpp.server.http.satisfaction;

import id.mpp.server.domain.account.FieldError;
import java.util.List;

/**
 * A survey answer that breaks the contract: answered as {@code 400 validation-error} with every offence, each with its
 * pointer ({@code #/scores}, {@code #/scores/3/element}), code and a message naming the element where there is one.
 */
final class SurveyInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    SurveyInputException(List<FieldError> errors) {
        super("invalid survey answer at " + errors.stream().map(FieldError::pointer).toList(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
