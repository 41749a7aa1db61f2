package id.mpp.server.domain.application;

/** Whether a citizen still has applications the agency has not decided, as the account's deletion asks (ACC-060). */
@FunctionalInterface
public interface UndecidedApplications {

    /** Whether this citizen has an application in a status that {@link ApplicationStatus#undecided()}. */
    boolean existFor(String applicantId);
}
