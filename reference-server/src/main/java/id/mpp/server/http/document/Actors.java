package id.mpp.server.http.document;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.account.JdbcAccountRepository;
import jakarta.inject.Singleton;

/** Who reads a document, as the access log records it. */
@Singleton
class Actors {

    private final ClientDirectory clients;
    private final JdbcAccountRepository accounts;

    Actors(ClientDirectory clients, JdbcAccountRepository accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    /** @param type {@code CITIZEN}, {@code OFFICER} or {@code AGENCY_SYSTEM} */
    record Actor(String type, String agencyId, String officerName, String clientName) {

        /** The officer's name, or the system's (its client name), for {@code verified_by}. */
        String displayName() {
            return officerName != null ? officerName : clientName;
        }

        String eventRole() {
            return "OFFICER".equals(type) ? "OFFICER" : "SYSTEM";
        }
    }

    /** The citizen's own account (the subject of an account token); 403 for a token of no account. */
    static String citizen(Caller caller) {
        if (!caller.accountToken()) {
            throw new ProblemException(ProblemType.INSUFFICIENT_SCOPE, "detail.citizen-token-required");
        }
        return caller.subject();
    }

    Actor citizenActor(Caller caller) {
        return new Actor("CITIZEN", null, null, clientName(caller));
    }

    /** An officer (account token with an agency) or an agency's system (client credentials with an agency). */
    Actor agencyActor(Caller caller) {
        if (caller.agencyId() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.officer-agency-required");
        }
        if (caller.accountToken()) {
            String name = accounts.findById(caller.subject()).map(a -> a.account().fullName())
                    .orElse(caller.subject());
            return new Actor("OFFICER", caller.agencyId(), truncate(name), clientName(caller));
        }
        return new Actor("AGENCY_SYSTEM", caller.agencyId(), null, clientName(caller));
    }

    private String clientName(Caller caller) {
        String id = caller.clientId() == null ? "unknown" : caller.clientId();
        return truncate(clients.find(id).map(Client::name).orElse(id));
    }

    private static String truncate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
