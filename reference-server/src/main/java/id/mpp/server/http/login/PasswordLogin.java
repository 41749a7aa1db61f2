package id.mpp.server.http.login;

import id.mpp.server.domain.account.LoginThrottle;
import id.mpp.server.domain.account.ThrottleDecision;
import id.mpp.server.http.account.PasswordHashing;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a NIK or e-mail address and a password, under {@link LoginThrottle} (per account and per address). An
 * unknown login name costs a password hash too and is limited like a known one, so neither the answer nor its
 * time tells which accounts exist. Runs on a blocking thread (PBKDF2). Never logs the name or the password.
 */
@Singleton
class PasswordLogin {
    private static final Pattern NIK = Pattern.compile("[0-9]{16}");

    /** What an attempt came to. */
    sealed interface Result {
        /** The password matched. */
        record Success(StoredAccount account) implements Result {}

        /** No such account, or the wrong password: one generic answer. */
        record Failed() implements Result {}

        /** Too many failures: try again after {@code retryAfterSeconds}. */
        record Throttled(long retryAfterSeconds) implements Result {}
    }

    private final JdbcAccountRepository accounts;
    private final PasswordHashing hashing;
    private final LoginThrottle throttle;
    private volatile String dummyHash;

    PasswordLogin(JdbcAccountRepository accounts, PasswordHashing hashing, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.throttle = throttle;
    }

    Result attempt(String username, String password, String clientAddress) {
        String login = username == null ? "" : username.trim();
        String secret = password == null ? "" : password;
        Optional<StoredAccount> account = find(login);
        String key = account.map(found -> "account:" + found.account().id())
                .orElse("name:" + login.toLowerCase(Locale.ROOT));
        String address = clientAddress == null ? "unknown" : clientAddress;
        ThrottleDecision decision = throttle.check(key, address);
        if (!decision.allowed()) {
            return new Result.Throttled(decision.retryAfterSeconds());
        }
        boolean matches = account.isPresent()
                ? hashing.verify(secret, account.get().passwordHash())
                : verifyAgainstDummy(secret);
        if (!matches) {
            throttle.recordFailure(key, address);
            return new Result.Failed();
        }
        throttle.recordSuccess(key);
        return new Result.Success(account.get());
    }

    private Optional<StoredAccount> find(String login) {
        if (login.isEmpty() || login.length() > 254) {
            return Optional.empty();
        }
        if (NIK.matcher(login).matches()) {
            return accounts.findByNik(login);
        }
        return login.indexOf('@') > 0 ? accounts.findByEmail(login) : Optional.empty();
    }

    /** Spends the time of a real verification, then fails. */
    private boolean verifyAgainstDummy(String secret) {
        String hash = dummyHash;
        if (hash == null) {
            hash = hashing.hash("not-a-password-of-anyone");
            dummyHash = hash;
        }
        hashing.verify(secret, hash);
        return false;
    }
}
