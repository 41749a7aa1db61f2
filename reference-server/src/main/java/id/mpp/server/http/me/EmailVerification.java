package id.mpp.server.http.me;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.EmailChallenge;
import id.mpp.server.domain.account.SlidingWindowLimiter;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.generated.model.EmailVerificationChallenge;
import id.mpp.server.http.account.AccountMapper;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.mail.MailMessage;
import id.mpp.server.mail.Mailer;
import id.mpp.server.storage.account.AccountChanges;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.JdbcEmailChallengeStore;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Proving the own e-mail address (ACC-030): {@code requestEmailVerification} mails a 6-digit code (at most once a
 * minute and 5 times an hour, 409 when already verified), {@code confirmEmailVerification} checks it (5 attempts, 15
 * minutes); the right code sets {@code email_verified}, which raises {@code acr} (tokens issued afterwards carry it).
 */
@Singleton
public class EmailVerification {

    private static final int REQUESTS_PER_HOUR = 5;
    private static final int MAX_KEYS = 100_000;
    private static final String CODE_POINTER = "#/code";

    private final JdbcAccountRepository accounts;
    private final AccountChanges changes;
    private final JdbcEmailChallengeStore challenges;
    private final Mailer mailer;
    private final Clock clock;
    private final SlidingWindowLimiter requests;
    private final SecureRandom random = new SecureRandom();

    EmailVerification(JdbcAccountRepository accounts, AccountChanges changes,
            JdbcEmailChallengeStore challenges, Mailer mailer, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.challenges = challenges;
        this.mailer = mailer;
        this.clock = clock;
        this.requests = new SlidingWindowLimiter(REQUESTS_PER_HOUR, Duration.ofHours(1), MAX_KEYS, clock);
    }

    /** {@code requestEmailVerification}: 202 with the challenge, the code on its way to the current address. */
    public HttpResponse<EmailVerificationChallenge> request(Caller caller) {
        Account account = current(caller).account();
        if (account.emailVerified()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.email-already-verified");
        }
        Instant now = clock.instant();
        Optional<EmailChallenge> earlier = challenges.find(account.id());
        if (earlier.isPresent() && now.isBefore(earlier.get().resendAvailableAt())) {
            throw new RateLimitedException(secondsUntil(now, earlier.get().resendAvailableAt()));
        }
        var decision = requests.check(account.id());
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
        requests.record(account.id());
        String code = EmailChallenge.newCode(random);
        EmailChallenge challenge = EmailChallenge.issue(account.id(), account.email(), code, now);
        challenges.replace(challenge);
        mailer.send(message(account, code, challenge));
        EmailVerificationChallenge body = new EmailVerificationChallenge(account.email(),
                challenge.expiresAt().atZone(ZoneOffset.UTC), challenge.resendAvailableAt().atZone(ZoneOffset.UTC),
                challenge.attemptsLeft());
        return HttpResponse.<EmailVerificationChallenge>status(HttpStatus.ACCEPTED).body(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** {@code confirmEmailVerification}: 200 with the verified account, or 400/409 as the contract says. */
    public HttpResponse<id.mpp.server.generated.model.Account> confirm(Caller caller, String code) {
        StoredAccount stored = current(caller);
        Account account = stored.account();
        EmailChallenge challenge = challenges.find(account.id())
                .filter(pending -> pending.pendingFor(account.email()))
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "detail.no-email-code-pending"));
        Instant now = clock.instant();
        EmailChallenge.Check check = challenge.check(code, now);
        if (check != EmailChallenge.Check.CORRECT) {
            if (!challenges.recordFailedAttempt(challenge)) {
                throw new ProblemException(ProblemType.CONFLICT, "detail.no-email-code-pending");
            }
            int left = challenge.attemptsLeft() - 1;
            throw check == EmailChallenge.Check.EXPIRED
                    ? ProblemException.invalid(CODE_POINTER, "EXPIRED", "detail.email-code-expired", left)
                    : ProblemException.invalid(CODE_POINTER, "INCORRECT", "detail.email-code-incorrect", left);
        }
        if (!challenges.consume(challenge)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.no-email-code-pending");
        }
        Account verified = account.withEmailVerified(now);
        if (!changes.update(verified, stored.version())) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.no-email-code-pending");
        }
        StoredAccount after = new StoredAccount(verified, stored.passwordHash(), stored.kind(), stored.agencyId(),
                stored.version() + 1);
        return HttpResponse.<id.mpp.server.generated.model.Account>status(HttpStatus.OK)
                .body(AccountMapper.toApi(verified, caller.scopes().contains(Scopes.NIK)))
                .header(HttpHeaders.ETAG, after.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private StoredAccount current(Caller caller) {
        if (!caller.accountToken()) {
            throw new ProblemException(ProblemType.INSUFFICIENT_SCOPE, "detail.account-token-required");
        }
        return accounts.findById(caller.subject())
                .orElseThrow(() -> ProblemException.notFound("detail.account-not-found"));
    }

    private static MailMessage message(Account account, String code, EmailChallenge challenge) {
        boolean english = "en".equals(account.locale());
        String subject = english ? "Your MPP Digital verification code" : "Kode verifikasi MPP Digital Anda";
        String body = english
                ? "Your code to verify this e-mail address for MPP Digital is " + code + ".\n\nIt is valid for 15"
                        + " minutes. If you did not ask for it, ignore this message: nobody can use it without"
                        + " signing in to your account.\n"
                : "Kode untuk memverifikasi alamat surel ini di MPP Digital adalah " + code + ".\n\nKode berlaku 15"
                        + " menit. Jika Anda tidak memintanya, abaikan pesan ini: kode tidak dapat dipakai tanpa"
                        + " masuk ke akun Anda.\n";
        return new MailMessage(challenge.email(), subject, body);
    }

    private static long secondsUntil(Instant now, Instant then) {
        return Math.max(1, Duration.between(now, then).toSeconds() + 1);
    }
}
