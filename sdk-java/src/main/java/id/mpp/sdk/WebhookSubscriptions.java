package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.idempotencyKey;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.EventsApi;
import id.mpp.sdk.generated.model.WebhookDeliveryAttempt;
import id.mpp.sdk.generated.model.WebhookDeliveryAttemptList;
import id.mpp.sdk.generated.model.WebhookDeliveryOutcome;
import id.mpp.sdk.generated.model.WebhookRedeliveryRequest;
import id.mpp.sdk.generated.model.WebhookSubscription;
import id.mpp.sdk.generated.model.WebhookSubscriptionCreate;
import id.mpp.sdk.generated.model.WebhookSubscriptionList;
import id.mpp.sdk.generated.model.WebhookSubscriptionPatch;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;

/**
 * The agency's webhook subscriptions (scope {@code agency.events}): create, read, change, rotate the signing
 * secret, delete, and inspect or repeat deliveries. Verify deliveries with {@code id.mpp.sdk.webhooks}.
 *
 * <p>A subscription is versioned: reads and changes answer it as {@link Versioned}, and a change takes the version
 * it was decided on (sent as {@code If-Match}).
 */
public final class WebhookSubscriptions {

    private final EventsApi api;
    private final Calls calls;

    WebhookSubscriptions(GeneratedApis apis, Calls calls) {
        this.api = apis.eventsApi();
        this.calls = calls;
    }

    /** Creates a subscription; the answer carries its signing secret, shown this once. */
    public Versioned<WebhookSubscription> create(WebhookSubscriptionCreate subscription) {
        return create(subscription, RequestOptions.none());
    }

    /** Creates a subscription, with per-request options. */
    public Versioned<WebhookSubscription> create(WebhookSubscriptionCreate subscription, RequestOptions options) {
        Objects.requireNonNull(subscription, "subscription");
        return calls.versioned(() -> api.createWebhookSubscriptionWithHttpInfo(subscription, requestId(options),
                language(options), idempotencyKey(options), headers(options)));
    }

    /** Lists the agency's subscriptions, fetching pages as they are iterated. */
    public PagedIterable<WebhookSubscription> list() {
        return list(null, null, RequestOptions.none());
    }

    /**
     * Lists the agency's subscriptions.
     *
     * @param active only active ({@code true}) or disabled ({@code false}) ones, or {@code null} for all
     * @param pageSize items per page, 1 to 100, or {@code null} for the server's default
     */
    public PagedIterable<WebhookSubscription> list(Boolean active, Integer pageSize, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            WebhookSubscriptionList page = calls.run(() -> api.listWebhookSubscriptions(requestId(options),
                    language(options), active, pageSize, token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /** Reads one subscription and its version. */
    public Versioned<WebhookSubscription> get(String subscriptionId) {
        return get(subscriptionId, RequestOptions.none());
    }

    /** Reads one subscription, with per-request options. */
    public Versioned<WebhookSubscription> get(String subscriptionId, RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        return calls.versioned(() -> api.getWebhookSubscriptionWithHttpInfo(subscriptionId, requestId(options),
                language(options), headers(options)));
    }

    /** Changes a subscription as read: only the members set in {@code patch} change. */
    public Versioned<WebhookSubscription> update(Versioned<WebhookSubscription> current,
            WebhookSubscriptionPatch patch) {
        return update(current.value().getId(), current.requireEtag(), patch, RequestOptions.none());
    }

    /** Changes a subscription given its ID and {@code ETag}, with per-request options. */
    public Versioned<WebhookSubscription> update(String subscriptionId, String etag, WebhookSubscriptionPatch patch,
            RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(patch, "patch");
        return calls.versioned(() -> api.updateWebhookSubscriptionWithHttpInfo(subscriptionId, etag, patch,
                requestId(options), language(options), headers(options)));
    }

    /** Replaces the signing secret; the old one stays valid for a grace period ({@code previous_secret_expires_at}). */
    public Versioned<WebhookSubscription> rotateSecret(Versioned<WebhookSubscription> current) {
        return rotateSecret(current.value().getId(), current.requireEtag(), RequestOptions.none());
    }

    /** Replaces the signing secret given the subscription's ID and {@code ETag}, with per-request options. */
    public Versioned<WebhookSubscription> rotateSecret(String subscriptionId, String etag, RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(etag, "etag");
        return calls.versioned(() -> api.rotateWebhookSecretWithHttpInfo(subscriptionId, etag, requestId(options),
                language(options), idempotencyKey(options), headers(options)));
    }

    /** Deletes a subscription as read. */
    public void delete(Versioned<WebhookSubscription> current) {
        delete(current.value().getId(), current.requireEtag(), RequestOptions.none());
    }

    /** Deletes a subscription given its ID and {@code ETag}, with per-request options. */
    public void delete(String subscriptionId, String etag, RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(etag, "etag");
        calls.run(() -> api.deleteWebhookSubscription(subscriptionId, etag, requestId(options), language(options),
                headers(options)));
    }

    /** Lists a subscription's delivery attempts, newest first, fetching pages as they are iterated. */
    public PagedIterable<WebhookDeliveryAttempt> deliveries(String subscriptionId) {
        return deliveries(subscriptionId, null, null, null, RequestOptions.none());
    }

    /**
     * Lists a subscription's delivery attempts.
     *
     * @param eventId only attempts to deliver this event, or {@code null}
     * @param outcome only attempts with this outcome, or {@code null}
     * @param pageSize items per page, 1 to 100, or {@code null} for the server's default
     */
    public PagedIterable<WebhookDeliveryAttempt> deliveries(String subscriptionId, String eventId,
            WebhookDeliveryOutcome outcome, Integer pageSize, RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            WebhookDeliveryAttemptList page = calls.run(() -> api.listWebhookDeliveries(subscriptionId,
                    requestId(options), language(options), eventId, outcome, pageSize, token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /** Delivers an event to a subscription again. */
    public WebhookDeliveryAttempt redeliver(String subscriptionId, WebhookRedeliveryRequest request) {
        return redeliver(subscriptionId, request, RequestOptions.none());
    }

    /** Delivers an event to a subscription again, with per-request options. */
    public WebhookDeliveryAttempt redeliver(String subscriptionId, WebhookRedeliveryRequest request,
            RequestOptions options) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(request, "request");
        return calls.run(() -> api.redeliverWebhookEvent(subscriptionId, request, requestId(options),
                language(options), idempotencyKey(options), headers(options)));
    }
}
