package id.mpp.server.storage.account;

import id.mpp.server.domain.account.Account;
import java.util.Objects;

/**
 * An account as stored: the domain {@link Account} with what only storage and sign-in need, the password hash,
 * whose account it is (a citizen, or an officer and the agency), and the version that is its {@code ETag}.
 * {@link #toString()} shows neither the NIK in full nor the hash.
 *
 * @param account the account
 * @param passwordHash the password hash ({@code PasswordHasher}'s format)
 * @param kind citizen or officer
 * @param agencyId the officer's agency ({@code 33-02-disdukcapil}); {@code null} for a citizen
 * @param version the version, 1 when registered, raised by each change
 */
public record StoredAccount(Account account, String passwordHash, AccountKind kind, String agencyId, long version) {

    public StoredAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(kind, "kind");
        if ((kind == AccountKind.OFFICER) != (agencyId != null)) {
            throw new IllegalArgumentException("an officer has an agency, a citizen none");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    /** A citizen's account, as registered. */
    public static StoredAccount citizen(Account account, String passwordHash) {
        return new StoredAccount(account, passwordHash, AccountKind.CITIZEN, null, 1);
    }

    /** An officer's account of {@code agencyId}. */
    public static StoredAccount officer(Account account, String passwordHash, String agencyId) {
        return new StoredAccount(account, passwordHash, AccountKind.OFFICER, Objects.requireNonNull(agencyId), 1);
    }

    /** The {@code ETag}: the version, quoted. */
    public String etag() {
        return "\"" + version + "\"";
    }

    @Override
    public String toString() {
        return "StoredAccount[" + account + ", kind=" + kind + ", agencyId=" + agencyId + ", version=" + version + "]";
    }
}
