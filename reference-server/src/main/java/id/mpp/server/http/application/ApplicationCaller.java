package id.mpp.server.http.application;

import id.mpp.server.domain.application.ActorRole;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.application.StoredApplication;

/**
 * Who calls, as the applications see it: a citizen (the token's subject, with the citizen scopes) or an officer or
 * back-end of an agency (scope {@code officer} and the token's agency).
 */
record ApplicationCaller(Caller caller) {

    static final String OFFICER_SCOPE = "officer";
    static final String READ_SCOPE = "applications.read";
    static final String WRITE_SCOPE = "applications.write";

    /** Whether the caller is an officer (or back-end) of the agency handling {@code application}. */
    boolean handles(StoredApplication application) {
        return caller.scopes().contains(OFFICER_SCOPE) && caller.agencyId() != null
                && caller.agencyId().equals(application.agencyId());
    }

    /** Whether the caller is the applicant, with {@code scope}. */
    boolean applied(StoredApplication application, String scope) {
        return caller.accountToken() && caller.subject().equals(application.applicantId())
                && caller.scopes().contains(scope);
    }

    /** The role whose actions the caller sees on {@code application} (officer first), for a reader. */
    ActorRole readerRole(StoredApplication application) {
        return handles(application) ? ActorRole.OFFICER : ActorRole.CITIZEN;
    }

    /** Whether the caller may read {@code application}. */
    boolean mayRead(StoredApplication application) {
        return handles(application) || applied(application, READ_SCOPE);
    }
}
