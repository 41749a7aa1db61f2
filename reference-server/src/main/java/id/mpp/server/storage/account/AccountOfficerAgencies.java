package id.mpp.server.storage.account;

import id.mpp.server.identity.OfficerAgencies;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The agency of an officer account, read from storage, for the tokens the provider issues to officers. */
@Singleton
public class AccountOfficerAgencies implements OfficerAgencies {

    private final JdbcAccountRepository accounts;

    public AccountOfficerAgencies(JdbcAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> agencyOf(String subject) {
        return accounts.findById(subject).map(StoredAccount::agencyId);
    }
}
