package id.mpp.server.http.me;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.AccountStateException;
import id.mpp.server.domain.account.FieldError;
import id.mpp.server.domain.account.PasswordPolicy;
import id.mpp.server.domain.account.PopulationRegistry;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.account.RegistryAnswer;
import id.mpp.server.domain.account.RegistryOutcome;
import id.mpp.server.domain.application.UndecidedApplications;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.TokenRevocations;
import id.mpp.server.generated.model.AccountPatch;
import id.mpp.server.generated.model.PasswordChange;
import id.mpp.server.http.account.AccountMapper;
import id.mpp.server.http.account.PasswordHashing;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.account.AccountChanges;
import id.mpp.server.storage.account.DuplicateAccountException;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The operations of the signed-in citizen on the own account ({@code /v1/me}): read, change, change the password,
 * verify the NIK, delete. Every one reads the account of the token's {@code sub} only, so one citizen never sees
 * another's data. Changes need {@code If-Match} with the current version ({@link IfMatchRequiredFilter} answers
 * 428 without it; a stale one answers 412 here and changes nothing). Runs on a blocking thread (database, PBKDF2).
 */
@Singleton
public class MyAccount {
    private static final Duration REVOCATION_HORIZON = Duration.ofHours(1);

    private final JdbcAccountRepository accounts;
    private final AccountChanges changes;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy;
    private final PopulationRegistry registry;
    private final TokenRevocations revocations;
    private final MeThrottles throttles;
    private final UndecidedApplications undecided;
    private final Clock clock;

    MyAccount(JdbcAccountRepository accounts, AccountChanges changes, PasswordHashing hashing, PasswordPolicy policy,
            PopulationRegistry registry, TokenRevocations revocations, MeThrottles throttles,
            UndecidedApplications undecided, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.hashing = hashing;
        this.policy = policy;
        this.registry = registry;
        this.revocations = revocations;
        this.throttles = throttles;
        this.undecided = undecided;
        this.clock = clock;
    }

    /** The members of the current merge patch, as {@link IfMatchRequiredFilter} noted them (none if unread). */
    public static MergePatchMembers patchMembers(io.micronaut.http.HttpRequest<?> request) {
        return new MergePatchMembers(request.getAttribute(IfMatchRequiredFilter.PATCH_MEMBERS, MergePatch.class)
                .orElse(new MergePatch(List.of())));
    }

    /** An opaque holder of a {@link MergePatch}, for the controller in another package. */
    public static final class MergePatchMembers {
        private final MergePatch patch;

        private MergePatchMembers(MergePatch patch) {
            this.patch = patch;
        }
    }

    /** {@code getMyAccount}: the account with its {@code ETag}, the full NIK only under scope {@code nik}. */
    public HttpResponse<id.mpp.server.generated.model.Account> get(Caller caller) {
        return answer(current(caller), caller);
    }

    /** {@code updateMyAccount}: a merge patch of the allowed fields ({@link MergePatch} read the raw body). */
    public HttpResponse<id.mpp.server.generated.model.Account> update(Caller caller, String ifMatch,
            AccountPatch patch, MergePatchMembers members) {
        MergePatch raw = members.patch;
        raw.requireOnlyAllowedMembers();
        StoredAccount stored = current(caller);
        requireMatch(stored, ifMatch);
        Instant now = clock.instant();
        Account changed = stored.account();
        try {
            if (patch.getFullName() != null) {
                changed = changed.withFullName(patch.getFullName(), now);
            }
            if (patch.getBirthDate() != null) {
                changed = changed.withBirthDate(patch.getBirthDate(), now);
            }
        } catch (AccountStateException e) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.identity-fixed");
        }
        if (patch.getEmail() != null) {
            changed = changed.withEmail(patch.getEmail(), now);
        }
        if (raw.has("phone_number")) {
            changed = changed.withPhoneNumber(patch.getPhoneNumber(), now);
        }
        if (patch.getLocale() != null) {
            changed = changed.withLocale(patch.getLocale(), now);
        }
        if (patch.getPrivacyPurposes() != null) {
            Set<ProcessingPurpose> purposes = EnumSet.noneOf(ProcessingPurpose.class);
            patch.getPrivacyPurposes().forEach(p -> purposes.add(ProcessingPurpose.valueOf(p.getValue())));
            try {
                changed = changed.withPrivacyPurposes(purposes, now);
            } catch (AccountStateException e) {
                throw ProblemException.invalid("#/privacy_purposes", "REQUIRED_PURPOSE_MISSING");
            }
        }
        if (changed.equals(stored.account())) {
            return answer(stored, caller);
        }
        return answer(store(stored, changed), caller);
    }

    /**
     * {@code changeMyPassword}: the current password checked (PBKDF2, on this blocking thread), the policy applied,
     * the hash replaced, and every other grant of the account revoked (its refresh tokens and their access tokens).
     */
    public HttpResponse<Void> changePassword(Caller caller, PasswordChange change) {
        StoredAccount stored = current(caller);
        Account account = stored.account();
        var decision = throttles.passwordAttempts().check(account.id());
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
        if (!hashing.verify(change.getCurrentPassword(), stored.passwordHash())) {
            throttles.passwordAttempts().record(account.id());
            throw ProblemException.invalid("#/current_password", "INCORRECT");
        }
        if (change.getNewPassword().equals(change.getCurrentPassword())) {
            FieldError same = PasswordPolicy.sameAsCurrent("#/new_password");
            throw ProblemException.invalid(same.pointer(), same.code());
        }
        List<FieldError> broken = policy.check("#/new_password", change.getNewPassword(), account.nik().digits(),
                account.email());
        if (!broken.isEmpty()) {
            throw ProblemException.invalid(broken.get(0).pointer(), broken.get(0).code());
        }
        throttles.passwordAttempts().reset(account.id());
        changes.changePasswordHash(account.id(), hashing.hash(change.getNewPassword()));
        String ownGrant = caller.jti() == null ? null : changes.grantOfAccessToken(caller.jti());
        for (String grant : changes.grantsOf(account.id())) {
            if (!grant.equals(ownGrant)) {
                revocations.revokeGrant(grant);
            }
        }
        return HttpResponse.noContent();
    }

    /**
     * {@code deleteMyAccount}: the account and its consents deleted at once, every grant of the account and the
     * token of this request revoked; refused with {@code 409 account-has-open-applications} while an application of
     * the account awaits the agency's decision (ACC-060). The check runs before the delete, not in its statement: a
     * submission racing the deletion can slip between them, which a citizen deleting the account does not do.
     */
    public HttpResponse<Void> delete(Caller caller, String ifMatch) {
        StoredAccount stored = current(caller);
        requireMatch(stored, ifMatch);
        if (undecided.existFor(stored.account().id())) {
            throw new ProblemException(ProblemType.ACCOUNT_HAS_OPEN_APPLICATIONS, "detail.account-has-open-applications");
        }
        if (!changes.delete(stored.account().id(), stored.version())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.precondition-failed");
        }
        for (String grant : changes.grantsOf(stored.account().id())) {
            revocations.revokeGrant(grant);
        }
        if (caller.jti() != null) {
            revocations.revokeAccessToken(caller.jti(), clock.instant().plus(REVOCATION_HORIZON));
        }
        return HttpResponse.noContent();
    }

    /**
     * {@code verifyMyNik}: with the citizen's consent, the NIK, name and birth date checked with the population
     * registry. 200 with VERIFIED (acr rises) or FAILED; 503 with {@code Retry-After} when the registry cannot be
     * reached (nothing changes, the attempt does not count); 409 when already verified or pending; 429 beyond 3
     * checks in 24 hours.
     */
    public HttpResponse<id.mpp.server.generated.model.Account> verifyNik(Caller caller, String ifMatch,
            Boolean consent) {
        if (!Boolean.TRUE.equals(consent)) {
            throw ProblemException.invalid("#/registry_check_consent", "CONSENT_REQUIRED");
        }
        StoredAccount stored = current(caller);
        requireMatch(stored, ifMatch);
        Account account = stored.account();
        try {
            account.requireNikVerificationAllowed();
        } catch (AccountStateException e) {
            throw new ProblemException(ProblemType.CONFLICT, "ALREADY_VERIFIED".equals(e.reason())
                    ? "detail.nik-already-verified" : "detail.nik-check-pending");
        }
        var decision = throttles.nikChecks().check(account.id());
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
        RegistryAnswer registryAnswer = registry.check(account.nik(), account.fullName(), account.birthDate());
        if (registryAnswer.outcome() == RegistryOutcome.UNAVAILABLE) {
            throw new RegistryUnavailableException();
        }
        throttles.nikChecks().record(account.id());
        Account checked = account.withRegistryAnswer(registryAnswer, clock.instant());
        return answer(store(stored, checked), caller);
    }

    private StoredAccount store(StoredAccount stored, Account changed) {
        boolean done;
        try {
            done = changes.update(changed, stored.version());
        } catch (DuplicateAccountException e) {
            throw new ProblemException(ProblemType.ACCOUNT_EXISTS, "detail.email-taken");
        }
        if (!done) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.precondition-failed");
        }
        return new StoredAccount(changed, stored.passwordHash(), stored.kind(), stored.agencyId(),
                stored.version() + 1);
    }

    private StoredAccount current(Caller caller) {
        if (!caller.accountToken()) {
            throw new ProblemException(ProblemType.INSUFFICIENT_SCOPE, "detail.account-token-required");
        }
        return accounts.findById(caller.subject())
                .orElseThrow(() -> ProblemException.notFound("detail.account-not-found"));
    }

    private static void requireMatch(StoredAccount stored, String ifMatch) {
        if (!IfMatch.matches(ifMatch, stored.etag())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.precondition-failed");
        }
    }

    private static MutableHttpResponse<id.mpp.server.generated.model.Account> answer(StoredAccount stored,
            Caller caller) {
        return HttpResponse.<id.mpp.server.generated.model.Account>status(HttpStatus.OK)
                .body(AccountMapper.toApi(stored.account(), caller.scopes().contains(Scopes.NIK)))
                .header(HttpHeaders.ETAG, stored.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
