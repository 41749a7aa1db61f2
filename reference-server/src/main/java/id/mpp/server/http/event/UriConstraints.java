package id.mpp.server.http.event;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * Micronaut Validation has no {@code @Size} validator for {@link URI}, which the generated models put on
 * {@code format: uri} members with {@code maxLength} (the webhook subscription's {@code url}): without one, every
 * request carrying such a member answered 500. The length of such a URI is the business of the operation that owns
 * it: the webhook URL rules answer an over-long URL with {@code 400 validation-error} at {@code #/url} and the code
 * {@code NOT_ALLOWED} (EVT-018), so this validator accepts every length. Today no other request member is a
 * {@code uri} with a length limit (AgencyContact's {@code website} is only answered).
 */
@Factory
final class UriConstraints {

    @Singleton
    ConstraintValidator<Size, URI> uriSize() {
        return (value, annotation, context) -> true;
    }
}
