package id.mpp.server.domain.application;

/** Where an application is in its life (the contract's ApplicationStatus). */
public enum ApplicationStatus {
    SUBMITTED, IN_REVIEW, NEEDS_REVISION, APPROVED, REJECTED, COMPLETED, CANCELLED;

    /** Whether no action leaves this status: {@code COMPLETED}, {@code REJECTED}, {@code CANCELLED}. */
    public boolean terminal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }
}
