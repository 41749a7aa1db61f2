package id.mpp.server.domain.application;

import java.util.Optional;

/**
 * The applications as other parts of the server need to see them (the satisfaction survey, the vault); the
 * applications side implements it.
 */
public interface ApplicationDirectory {

    /** The application with this ID; empty when there is none. */
    Optional<ApplicationFacts> find(String applicationId);
}
