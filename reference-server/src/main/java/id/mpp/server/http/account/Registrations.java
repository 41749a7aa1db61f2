package id.mpp.server.http.account;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Registration;
import id.mpp.server.domain.account.RegistrationForm;
import id.mpp.server.domain.account.RegistrationThrottle;
import id.mpp.server.domain.account.RegistrationValidation;
import id.mpp.server.domain.account.RegistrationValidator;
import id.mpp.server.domain.account.ThrottleDecision;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.account.DuplicateAccountException;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers citizen accounts ({@code registerAccount}): the rate limit per client address and per NIK first
 * (ACC-005; every attempt counts), then every rule of the domain's validator (ACC-001, ACC-002, ACC-006, ACC-007),
 * then the password hash, then the account, unique by NIK and by e-mail address (ACC-004). The password is hashed
 * before the duplicate check, so that an existing NIK or address does not answer faster than a new one (timing
 * would tell which NIKs hold accounts). Logs carry the account ID and flags only: no NIK, no password, no address.
 */
@Singleton
class Registrations {

    private static final Logger LOG = LoggerFactory.getLogger(Registrations.class);

    private final RegistrationThrottle throttle;
    private final RegistrationValidator validator;
    private final PasswordHashing passwords;
    private final JdbcAccountRepository accounts;
    private final AccountIds ids;
    private final Clock clock;

    Registrations(RegistrationThrottle throttle, RegistrationValidator validator, PasswordHashing passwords,
            JdbcAccountRepository accounts, AccountIds ids, Clock clock) {
        this.throttle = throttle;
        this.validator = validator;
        this.passwords = passwords;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Registers the account {@code form} describes, for a client at {@code clientAddress}.
     *
     * @throws TooManyAttemptsException beyond the rate limit
     * @throws InvalidInputException with every broken rule
     * @throws ProblemException {@code account-exists} when the NIK or the e-mail address holds an account
     */
    StoredAccount register(RegistrationForm form, String clientAddress) {
        ThrottleDecision decision = throttle.tryAcquire(clientAddress, form.nik());
        if (!decision.allowed()) {
            LOG.info("registration refused by the rate limit retry_after_s={}", decision.retryAfterSeconds());
            throw new TooManyAttemptsException(decision.retryAfterSeconds());
        }
        RegistrationValidation validation = validator.validate(form);
        Registration registration = validation.registration()
                .orElseThrow(() -> new InvalidInputException(validation.errors()));
        String passwordHash = passwords.hash(registration.password());
        // Whole seconds: what storage keeps exactly, so the answer here equals every later read of the account.
        Account account = Account.register(ids.next(), registration,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        StoredAccount stored = StoredAccount.citizen(account, passwordHash);
        try {
            if (accounts.existsByNikOrEmail(account.nik().digits(), account.email())) {
                throw new DuplicateAccountException();
            }
            accounts.insert(stored);
        } catch (DuplicateAccountException exists) {
            LOG.info("registration refused: the NIK or the e-mail address holds an account");
            throw new ProblemException(ProblemType.ACCOUNT_EXISTS, "detail.account-exists");
        }
        LOG.info("account registered account_id={} nik_flags={}", account.id(),
                account.nikVerification().flags());
        return stored;
    }
}
