package id.mpp.sdk;

import id.mpp.sdk.generated.api.AccountsApi;
import id.mpp.sdk.generated.api.ApplicationsApi;
import id.mpp.sdk.generated.api.CatalogueApi;
import id.mpp.sdk.generated.api.DocumentsApi;
import id.mpp.sdk.generated.api.EventsApi;
import id.mpp.sdk.generated.api.SatisfactionApi;
import id.mpp.sdk.generated.api.SsoApi;
import id.mpp.sdk.generated.invoker.ApiClient;

/**
 * The generated client's APIs, one per tag of the contract, for the operations the façade does not wrap.
 *
 * <p>They send through the same transport as the façade: every call gets the token, {@code User-Agent},
 * {@code X-Request-Id}, idempotency key and retries, and an error answer throws the SDK's
 * {@link id.mpp.sdk.errors.MppApiException} (unchecked) even though the generated methods declare the checked
 * {@code ApiException}. Pass {@code null} for the {@code xRequestId}, {@code acceptLanguage} and
 * {@code idempotencyKey} arguments to get the client's defaults.
 */
public final class GeneratedApis {

    private final AccountsApi accounts;
    private final ApplicationsApi applications;
    private final CatalogueApi catalogue;
    private final DocumentsApi documents;
    private final EventsApi events;
    private final SatisfactionApi satisfaction;
    private final SsoApi sso;

    GeneratedApis(ApiClient apiClient) {
        this.accounts = new AccountsApi(apiClient);
        this.applications = new ApplicationsApi(apiClient);
        this.catalogue = new CatalogueApi(apiClient);
        this.documents = new DocumentsApi(apiClient);
        this.events = new EventsApi(apiClient);
        this.satisfaction = new SatisfactionApi(apiClient);
        this.sso = new SsoApi(apiClient);
    }

    /** Accounts: registration, the own profile, verification, password, consents, deletion. */
    public AccountsApi accountsApi() {
        return accounts;
    }

    /** Applications: submission, the own list, cancellation, revision, officers' queues and transitions. */
    public ApplicationsApi applicationsApi() {
        return applications;
    }

    /** The public catalogue: regions, agencies, services. */
    public CatalogueApi catalogueApi() {
        return catalogue;
    }

    /** The document vault: types, documents, grants, access log, issued documents. */
    public DocumentsApi documentsApi() {
        return documents;
    }

    /** The agency's event feed and webhook subscriptions. */
    public EventsApi eventsApi() {
        return events;
    }

    /** The SKM satisfaction survey and indices. */
    public SatisfactionApi satisfactionApi() {
        return satisfaction;
    }

    /** The OpenID Connect provider's endpoints. */
    public SsoApi ssoApi() {
        return sso;
    }
}
