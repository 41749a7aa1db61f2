package id.mpp.sdk.errors;

import java.util.Optional;

/**
 * The caller is known but may not do this (403): a missing scope, a role that does not allow it, or an assurance
 * level below the service's.
 *
 * <p>Tell the cases apart with {@link #isInsufficientScope()} and {@link #isInsufficientAssurance()}; for the latter,
 * {@link #requiredAcr()} names the level to reach (by verifying the e-mail or the NIK).
 */
public class ForbiddenException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public ForbiddenException(ProblemDetails problem) {
        super(problem);
    }

    /** Whether the token lacks a scope the operation needs ({@link ProblemTypes#INSUFFICIENT_SCOPE}). */
    public boolean isInsufficientScope() {
        return hasType(ProblemTypes.INSUFFICIENT_SCOPE);
    }

    /** Whether the account's assurance level is too low ({@link ProblemTypes#INSUFFICIENT_ASSURANCE}). */
    public boolean isInsufficientAssurance() {
        return hasType(ProblemTypes.INSUFFICIENT_ASSURANCE);
    }

    /** For an insufficient assurance level, the level ({@code acr}) the operation needs. */
    public Optional<String> requiredAcr() {
        return problem().requiredAcr();
    }
}
