package id.mpp.server.http.account;

import io.micronaut.http.annotation.Produces;
import id.mpp.server.http.problem.NoContentRoutes;
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
import id.mpp.server.http.me.EmailVerification;
import id.mpp.server.http.me.MyAccount;
import id.mpp.server.http.me.MyConsents;
import id.mpp.server.http.security.Caller;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * The Accounts operations. Built: {@code registerAccount} (public; ACC-001 to ACC-007), made safe to retry by
 * the idempotency filter (GEN-009 to GEN-013). It runs on a blocking thread: the password is hashed with PBKDF2.
 * The operations of the signed-in citizen ({@code /v1/me}, scope {@code account}) are delegated to
 * {@link MyAccount} (package {@code http.me}), the consents to clients to {@link MyConsents}, the e-mail
 * verification to {@link EmailVerification}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountsApi {

    /** Where the new account can be read once its holder signed in. */
    static final String ACCOUNT_LOCATION = "/v1/me";

    private static final String ACCOUNT_SCOPE = "account";

    private final Registrations registrations;
    private final HttpClientAddressResolver addresses;
    private final MyAccount me;
    private final MyConsents myConsents;
    private final EmailVerification emailVerification;

    AccountController(Registrations registrations, HttpClientAddressResolver addresses, MyAccount me,
            MyConsents myConsents, EmailVerification emailVerification) {
        this.registrations = registrations;
        this.addresses = addresses;
        this.me = me;
        this.myConsents = myConsents;
        this.emailVerification = emailVerification;
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
    @Secured(ACCOUNT_SCOPE)
    @Produces({NoContentRoutes.JSON, NoContentRoutes.PROBLEM})
    public HttpResponse<Void> changeMyPassword(PasswordChange passwordChange, String idempotencyKey) {
        return me.changePassword(caller(), passwordChange);
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<Account> confirmEmailVerification(EmailVerificationConfirmation confirmation,
            String idempotencyKey) {
        return emailVerification.confirm(caller(), confirmation.getCode());
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    @Produces({NoContentRoutes.JSON, NoContentRoutes.PROBLEM})
    public HttpResponse<Void> deleteMyAccount(String ifMatch) {
        return me.delete(caller(), ifMatch);
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<Account> getMyAccount() {
        return me.get(caller());
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<ClientConsentList> listMyConsents(Integer pageSize, String pageToken) {
        return myConsents.list(caller(), pageSize, pageToken);
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<EmailVerificationChallenge> requestEmailVerification(String idempotencyKey) {
        return emailVerification.request(caller());
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<Account> updateMyAccount(String ifMatch, AccountPatch accountPatch) {
        return me.update(caller(), ifMatch, accountPatch, MyAccount.patchMembers(currentRequest()));
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    public HttpResponse<Account> verifyMyNik(String ifMatch, NikVerificationRequest request, String idempotencyKey) {
        return me.verifyNik(caller(), ifMatch, request.getRegistryCheckConsent());
    }

    @Override
    @Secured(ACCOUNT_SCOPE)
    @Produces({NoContentRoutes.JSON, NoContentRoutes.PROBLEM})
    public HttpResponse<Void> withdrawConsent(String clientId) {
        return myConsents.withdraw(caller(), clientId);
    }

    private static HttpRequest<?> currentRequest() {
        return ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("no current request"));
    }

    private static Caller caller() {
        return Caller.of(currentRequest().getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new IllegalStateException("no authentication")));
    }
}
