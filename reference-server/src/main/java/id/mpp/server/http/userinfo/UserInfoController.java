package id.mpp.server.http.userinfo;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.oauth.AccountClaims;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.ClaimsReleasePolicy;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * The UserInfo endpoint (OpenID Connect Core §5.3, {@code getUserInfo}, scope {@code openid}): the claims of the
 * token's own account released by the token's scopes through {@link ClaimsReleasePolicy} ({@code sub} always,
 * {@code nik} only under {@code nik}: SSO-061, SSO-062). A client-credentials token answers
 * {@code 403 insufficient-scope}; a refused token {@code 401} with {@code error="invalid_token"} (the security
 * layer's). Answered with {@code Cache-Control: no-store}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class UserInfoController {
    private final JdbcAccountRepository accounts;
    private final ClaimsReleasePolicy policy = new ClaimsReleasePolicy();

    UserInfoController(JdbcAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Get("/v1/sso/userinfo")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Secured(Scopes.OPENID)
    HttpResponse<Map<String, Object>> userInfo(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.accountToken()) {
            throw new ProblemException(ProblemType.INSUFFICIENT_SCOPE, "detail.account-token-required");
        }
        Account account = accounts.findById(caller.subject())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "detail.unauthenticated"))
                .account();
        Map<String, Object> claims = policy.release(claims(account), caller.scopes());
        return HttpResponse.ok(claims).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static AccountClaims claims(Account account) {
        return new AccountClaims(account.id(), account.fullName(), account.birthDate().toString(), account.locale(),
                AcrValue.valueOf(account.acr().name()), account.email(), account.emailVerified(),
                account.phoneNumber(), account.phoneNumberVerified(), account.nik().digits());
    }
}
