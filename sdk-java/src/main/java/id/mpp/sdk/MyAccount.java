package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.AccountsApi;
import id.mpp.sdk.generated.model.Account;
import id.mpp.sdk.generated.model.AccountPatch;
import id.mpp.sdk.generated.model.ClientConsent;
import id.mpp.sdk.generated.model.ClientConsentList;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;

/**
 * The signed-in citizen's own account: the profile and its version, changes to it, and the consents given to
 * applications. Scope {@code account} (reading the NIK also needs {@code nik}).
 *
 * <p>Registration, e-mail and NIK verification, the password and deletion are reached through
 * {@code client.generated().accountsApi()}.
 */
public final class MyAccount {

    private final AccountsApi api;
    private final Calls calls;

    MyAccount(GeneratedApis apis, Calls calls) {
        this.api = apis.accountsApi();
        this.calls = calls;
    }

    /** Reads the signed-in citizen's account and its version. */
    public Versioned<Account> me() {
        return me(RequestOptions.none());
    }

    /** Reads the signed-in citizen's account, with per-request options. */
    public Versioned<Account> me(RequestOptions options) {
        return calls.versioned(() -> api.getMyAccountWithHttpInfo(requestId(options), language(options),
                headers(options)));
    }

    /**
     * Changes the account as read: only the members set in {@code patch} change (JSON merge patch).
     *
     * @throws id.mpp.sdk.errors.PreconditionFailedException when the account changed since it was read
     * @throws id.mpp.sdk.errors.ValidationException when a new value is not valid
     */
    public Versioned<Account> update(Versioned<Account> current, AccountPatch patch) {
        return update(current.requireEtag(), patch, RequestOptions.none());
    }

    /** Changes the account given the {@code ETag} it was read at, with per-request options. */
    public Versioned<Account> update(String etag, AccountPatch patch, RequestOptions options) {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(patch, "patch");
        return calls.versioned(() -> api.updateMyAccountWithHttpInfo(etag, patch, requestId(options),
                language(options), headers(options)));
    }

    /** Lists the consents the citizen gave to client applications, fetching pages as they are iterated. */
    public PagedIterable<ClientConsent> consents() {
        return consents(null, RequestOptions.none());
    }

    /**
     * Lists the consents the citizen gave to client applications.
     *
     * @param pageSize items per page, 1 to 100, or {@code null} for the server's default
     */
    public PagedIterable<ClientConsent> consents(Integer pageSize, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            ClientConsentList page = calls.run(() -> api.listMyConsents(requestId(options), language(options),
                    pageSize, token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }
}
