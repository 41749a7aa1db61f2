package id.mpp.server.domain.application;

/** An action of the application state machine (the contract's ApplicationAction). */
public enum ApplicationAction {
    START_REVIEW, REQUEST_REVISION, APPROVE, REJECT, COMPLETE, REVISE, CANCEL
}
