package id.mpp.server.http.event;

import io.micronaut.http.annotation.Produces;
import id.mpp.server.http.problem.NoContentRoutes;
import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.generated.api.EventsApi;
import id.mpp.server.generated.model.EventList;
import id.mpp.server.generated.model.EventType;
import id.mpp.server.generated.model.WebhookDeliveryAttempt;
import id.mpp.server.generated.model.WebhookDeliveryAttemptList;
import id.mpp.server.generated.model.WebhookDeliveryOutcome;
import id.mpp.server.generated.model.WebhookRedeliveryRequest;
import id.mpp.server.generated.model.WebhookSubscription;
import id.mpp.server.generated.model.WebhookSubscriptionCreate;
import id.mpp.server.generated.model.WebhookSubscriptionList;
import id.mpp.server.generated.model.WebhookSubscriptionPatch;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.event.StoredSubscription;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The Events operations (scope {@code agency.events}, EVT-002): the feed ({@link EventFeed}) and the webhook
 * subscriptions ({@link WebhookSubscriptions}) of the caller's agency. A token with the scope but no agency (a
 * client not registered for one) answers {@code 403 forbidden}. Blocking thread: JDBC, and a redelivery waits for
 * its attempt.
 */
@Controller
@Secured(EventController.SCOPE)
@ExecuteOn(TaskExecutors.BLOCKING)
class EventController implements EventsApi {
    static final String SCOPE = "agency.events";
    private static final String SUBSCRIPTIONS = "/v1/webhook-subscriptions/";

    private final EventFeed feed;
    private final WebhookSubscriptions subscriptions;

    EventController(EventFeed feed, WebhookSubscriptions subscriptions) {
        this.feed = feed;
        this.subscriptions = subscriptions;
    }

    @Override
    public HttpResponse<EventList> listEvents(List<EventType> type, ZonedDateTime occurredAtFrom, Integer pageSize,
            String pageToken) {
        return HttpResponse.ok(feed.page(agency(), type, occurredAtFrom, pageSize, pageToken))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Override
    public HttpResponse<WebhookSubscription> createWebhookSubscription(WebhookSubscriptionCreate body,
            String idempotencyKey) {
        StoredSubscription created = subscriptions.create(agency(), body);
        return HttpResponse.created(subscriptions.toApi(created, true))
                .header(HttpHeaders.LOCATION, SUBSCRIPTIONS + created.id())
                .header(HttpHeaders.ETAG, created.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Override
    public HttpResponse<WebhookSubscriptionList> listWebhookSubscriptions(Boolean active, Integer pageSize,
            String pageToken) {
        return HttpResponse.ok(subscriptions.list(agency(), active, pageSize, pageToken));
    }

    @Override
    public HttpResponse<WebhookSubscription> getWebhookSubscription(String subscriptionId) {
        StoredSubscription subscription = subscriptions.get(agency(), subscriptionId);
        return HttpResponse.ok(subscriptions.toApi(subscription, false)).header(HttpHeaders.ETAG, subscription.etag());
    }

    @Override
    public HttpResponse<WebhookSubscription> updateWebhookSubscription(String subscriptionId, String ifMatch,
            WebhookSubscriptionPatch patch) {
        JsonNode tree = currentRequest().getAttribute(WebhookPreconditionFilter.PATCH, JsonNode.class)
                .orElse(null);
        StoredSubscription changed = subscriptions.update(agency(), subscriptionId, ifMatch, tree);
        return HttpResponse.ok(subscriptions.toApi(changed, false)).header(HttpHeaders.ETAG, changed.etag());
    }

    @Override
    @Produces({NoContentRoutes.JSON, NoContentRoutes.PROBLEM})
    public HttpResponse<Void> deleteWebhookSubscription(String subscriptionId, String ifMatch) {
        subscriptions.delete(agency(), subscriptionId, ifMatch);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<WebhookSubscription> rotateWebhookSecret(String subscriptionId, String ifMatch,
            String idempotencyKey) {
        StoredSubscription rotated = subscriptions.rotate(agency(), subscriptionId, ifMatch);
        return HttpResponse.ok(subscriptions.toApi(rotated, true)).header(HttpHeaders.ETAG, rotated.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Override
    public HttpResponse<WebhookDeliveryAttemptList> listWebhookDeliveries(String subscriptionId, String eventId,
            WebhookDeliveryOutcome outcome, Integer pageSize, String pageToken) {
        return HttpResponse.ok(subscriptions.deliveries(agency(), subscriptionId, eventId, outcome, pageSize,
                pageToken));
    }

    @Override
    public HttpResponse<WebhookDeliveryAttempt> redeliverWebhookEvent(String subscriptionId,
            WebhookRedeliveryRequest request, String idempotencyKey) {
        return HttpResponse.ok(subscriptions.redeliver(agency(), subscriptionId, request.getEventId()));
    }

    private static String agency() {
        Caller caller = Caller.of(currentRequest().getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new IllegalStateException("no authentication")));
        return caller.agency().orElseThrow(() ->
                new ProblemException(ProblemType.FORBIDDEN, "detail.agency-client-required"));
    }

    private static HttpRequest<?> currentRequest() {
        return ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("no current request"));
    }
}
