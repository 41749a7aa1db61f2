package id.mpp.server.domain.application;

/** Where an application is in its life (the contract's ApplicationStatus). */
public enum ApplicationStatus {
    SUBMITTED, IN_REVIEW, NEEDS_REVISION, APPROVED, REJECTED, COMPLETED, CANCELLED;

    /** Whether no action leaves this status: {@code COMPLETED}, {@code REJECTED}, {@code CANCELLED}. */
    public boolean terminal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    /**
     * Whether the agency has not decided yet and the citizen may still cancel: {@code SUBMITTED}, {@code IN_REVIEW},
     * {@code NEEDS_REVISION}. An account with such an application cannot be deleted (ACC-060).
     */
    public boolean undecided() {
        return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_REVISION;
    }
}
