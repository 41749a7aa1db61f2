package id.mpp.server.domain.application;

/** Who may take an action of the state machine: the applicant, or an officer (or back-end) of the handling agency. */
public enum ActorRole {
    CITIZEN, OFFICER
}
