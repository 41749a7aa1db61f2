package id.mpp.server.storage.application;

import id.mpp.server.domain.application.ApplicationDirectory;
import id.mpp.server.domain.application.ApplicationFacts;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The applications as other parts of the server see them, read from the applications' tables. */
@Singleton
public class JdbcApplicationDirectory implements ApplicationDirectory {

    private final JdbcApplicationStore store;

    public JdbcApplicationDirectory(JdbcApplicationStore store) {
        this.store = store;
    }

    @Override
    public Optional<ApplicationFacts> find(String applicationId) {
        return store.find(applicationId).map(a -> new ApplicationFacts(a.id(), a.trackingNumber(), a.applicantId(),
                a.serviceId(), a.agencyId(), a.regionCode(), a.status().name(), a.submittedAt(), a.closedAt()));
    }
}
