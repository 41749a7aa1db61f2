package id.mpp.server.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link RegistrationValidator}: a {@link Registration} when every rule holds, otherwise every
 * {@link FieldError} found (the {@code errors} of a 400 {@code validation-error}).
 */
public final class RegistrationValidation {
    private final Registration registration;
    private final List<FieldError> errors;

    private RegistrationValidation(Registration registration, List<FieldError> errors) {
        this.registration = registration;
        this.errors = List.copyOf(errors);
    }

    static RegistrationValidation valid(Registration registration) {
        return new RegistrationValidation(registration, List.of());
    }

    static RegistrationValidation invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid registration has errors");
        }
        return new RegistrationValidation(null, errors);
    }

    /** Whether every rule holds. */
    public boolean isValid() {
        return registration != null;
    }

    /** The registration, when valid. */
    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    /** Every rule broken, in the order of the schema's members; empty when valid. */
    public List<FieldError> errors() {
        return errors;
    }
}
