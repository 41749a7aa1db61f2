package id.mpp.server.storage.application;

import id.mpp.server.domain.application.ApplicationStatus;
import id.mpp.server.domain.application.UndecidedApplications;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** The citizen's undecided applications, looked up in the applications' table. */
@Singleton
public class JdbcUndecidedApplications implements UndecidedApplications {

    private static final List<String> UNDECIDED = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::undecided).map(Enum::name).toList();

    private final JdbcApplicationStore store;

    public JdbcUndecidedApplications(JdbcApplicationStore store) {
        this.store = store;
    }

    @Override
    public boolean existFor(String applicantId) {
        return !store.listByApplicant(applicantId, UNDECIDED, null, null, null, 1).isEmpty();
    }
}
