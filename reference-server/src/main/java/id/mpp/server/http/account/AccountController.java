package id.mpp.server.http.account;

import id.mpp.server.domain.account.RegistrationForm;
import id.mpp.server.generated.api.AccountsApi;
import id.mpp.server.generated.model.Account;
import id.mpp.server.generated.model.AccountPatch;
import id.mpp.server.generated.model.AccountRegistration;
import id.mpp.server.generated.model.ClientConsentList;
import id.mpp.server.generated.model.EmailVerificationChallenge;
import id.mpp.server.generated.model.EmailVerificationConfirmation;
import id.mpp.server.generated.model.NikVerificationRequest;
import id.mpp.server.generated.model.PasswordChange;
import id.mpp.server.generated.model.PrivacyConsentGrant;
import id.mpp.server.generated.model.ProcessingPurpose;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The Accounts operations. Built: {@code registerAccount} (public; ACC-001 to ACC-007), made safe to retry by
 * the idempotency filter (GEN-009 to GEN-013). It runs on a blocking thread: the password is hashed with PBKDF2.
 * The operations of the signed-in citizen ({@code /v1/me}...) come with the next slice and answer
 * {@code 404 not-found} until then, as every operation not built yet.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountsApi {

    /** Where the new account can be read once its holder signed in. */
    static final String ACCOUNT_LOCATION = "/v1/me";

    private final Registrations registrations;
    private final HttpClientAddressResolver addresses;

    AccountController(Registrations registrations, HttpClientAddressResolver addresses) {
        this.registrations = registrations;
        this.addresses = addresses;
    }

    @Override
    public HttpResponse<Account> registerAccount(AccountRegistration registration, String idempotencyKey) {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("no current request"));
        StoredAccount stored = registrations.register(form(registration), addresses.resolve(request));
        return HttpResponse.created(AccountMapper.toApi(stored.account(), false))
                .header(HttpHeaders.LOCATION, ACCOUNT_LOCATION)
                .header(HttpHeaders.ETAG, stored.etag());
    }

    private static RegistrationForm form(AccountRegistration body) {
        PrivacyConsentGrant consent = body.getPrivacyConsent();
        return new RegistrationForm(body.getNik(), body.getFullName(),
                body.getBirthDate() == null ? null : body.getBirthDate().toString(), body.getEmail(),
                body.getPhoneNumber(), body.getPassword(), body.getLocale(), body.getAcceptedTermsVersion(),
                consent == null ? null : new RegistrationForm.Consent(consent.getNoticeVersion(),
                        consent.getPurposes() == null ? null
                                : consent.getPurposes().stream().map(ProcessingPurpose::getValue).sorted().toList()));
    }

    @Override
    public HttpResponse<Void> changeMyPassword(PasswordChange passwordChange, String idempotencyKey) {
        throw notYet("changeMyPassword");
    }

    @Override
    public HttpResponse<Account> confirmEmailVerification(EmailVerificationConfirmation confirmation,
            String idempotencyKey) {
        throw notYet("confirmEmailVerification");
    }

    @Override
    public HttpResponse<Void> deleteMyAccount(String ifMatch) {
        throw notYet("deleteMyAccount");
    }

    @Override
    public HttpResponse<Account> getMyAccount() {
        throw notYet("getMyAccount");
    }

    @Override
    public HttpResponse<ClientConsentList> listMyConsents(Integer pageSize, String pageToken) {
        throw notYet("listMyConsents");
    }

    @Override
    public HttpResponse<EmailVerificationChallenge> requestEmailVerification(String idempotencyKey) {
        throw notYet("requestEmailVerification");
    }

    @Override
    public HttpResponse<Account> updateMyAccount(String ifMatch, AccountPatch accountPatch) {
        throw notYet("updateMyAccount");
    }

    @Override
    public HttpResponse<Account> verifyMyNik(String ifMatch, NikVerificationRequest request, String idempotencyKey) {
        throw notYet("verifyMyNik");
    }

    @Override
    public HttpResponse<Void> withdrawConsent(String clientId) {
        throw notYet("withdrawConsent");
    }

    private static ProblemException notYet(String operationId) {
        return ProblemException.notFound("detail.operation-not-available", operationId);
    }
}
