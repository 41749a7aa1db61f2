package id.mpp.server.http.event;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.event.WebhookSigning;
import id.mpp.server.domain.event.WebhookUrlPolicy;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.generated.model.EventType;
import id.mpp.server.generated.model.WebhookDeliveryAttempt;
import id.mpp.server.generated.model.WebhookDeliveryAttemptList;
import id.mpp.server.generated.model.WebhookDeliveryFailureReason;
import id.mpp.server.generated.model.WebhookDeliveryOutcome;
import id.mpp.server.generated.model.WebhookDeliveryTrigger;
import id.mpp.server.generated.model.WebhookDisabledReason;
import id.mpp.server.generated.model.WebhookSubscription;
import id.mpp.server.generated.model.WebhookSubscriptionCreate;
import id.mpp.server.generated.model.WebhookSubscriptionList;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.event.JdbcEventStore;
import id.mpp.server.storage.event.JdbcWebhookStore;
import id.mpp.server.storage.event.StoredAttempt;
import id.mpp.server.storage.event.StoredEvent;
import id.mpp.server.storage.event.StoredSubscription;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The webhook subscriptions of the caller's agency (EVT-016 to EVT-024, EVT-030, EVT-032 to EVT-034): another
 * agency's subscription reads as absent (404), secrets appear only in the answers of create and rotate, changes need
 * the current ETag.
 */
@Singleton
public class WebhookSubscriptions {

    static final Duration SECRET_OVERLAP = Duration.ofHours(24);
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final JdbcWebhookStore store;
    private final JdbcEventStore events;
    private final WebhookDispatcher dispatcher;
    private final WebhookSettings settings;
    private final PageTokens pageTokens;
    private final Clock clock;
    private final Ulids ulids;

    WebhookSubscriptions(JdbcWebhookStore store, JdbcEventStore events, WebhookDispatcher dispatcher,
            WebhookSettings settings, PageTokens pageTokens, Clock clock) {
        this.store = store;
        this.events = events;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.pageTokens = pageTokens;
        this.clock = clock;
        this.ulids = new Ulids(clock);
    }

    /** A new active subscription with its first secret (shown only in this answer). */
    public StoredSubscription create(String agencyId, WebhookSubscriptionCreate body) {
        String url = checkedUrl(body.getUrl() == null ? null : body.getUrl().toString());
        List<String> types = types(body.getEventTypes());
        if (store.countOf(agencyId) >= settings.getMaxSubscriptionsPerAgency()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.subscription-limit",
                    settings.getMaxSubscriptionsPerAgency());
        }
        Instant now = now();
        StoredSubscription created = new StoredSubscription(ulids.next("whs_"), agencyId, url, types,
                body.getDescription(), true, null, null, WebhookSigning.newSecret(), null, null, null, now, now, 1);
        if (!store.create(created)) {
            throw urlTaken(agencyId, url, null);
        }
        return created;
    }

    public StoredSubscription get(String agencyId, String id) {
        return store.find(agencyId, id)
                .orElseThrow(() -> ProblemException.notFound("detail.subscription-not-found", id));
    }

    public WebhookSubscriptionList list(String agencyId, @Nullable Boolean active, @Nullable Integer pageSize,
            @Nullable String pageToken) {
        String filters = "webhooks|" + agencyId + "|active=" + (active == null ? "" : active);
        String cursor = pageTokens.cursor(pageToken, filters).orElse(null);
        Instant afterCreated = null;
        String afterId = null;
        if (cursor != null) {
            int bar = cursor.indexOf('|');
            try {
                afterCreated = Instant.parse(cursor.substring(0, bar));
                afterId = cursor.substring(bar + 1);
            } catch (RuntimeException e) {
                throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
            }
        }
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<StoredSubscription> rows = store.list(agencyId, active, afterCreated, afterId, size + 1);
        List<StoredSubscription> page = rows.stream().limit(size).toList();
        WebhookSubscriptionList answer = new WebhookSubscriptionList(page.stream().map(s -> toApi(s, false)).toList());
        if (rows.size() > size) {
            StoredSubscription last = page.get(page.size() - 1);
            answer.nextPageToken(pageTokens.issue(last.createdAt() + "|" + last.id(), filters));
        }
        return answer;
    }

    /** Applies a JSON merge patch (EVT-023) at the current ETag (EVT-022). */
    public StoredSubscription update(String agencyId, String id, String ifMatch, JsonNode patch) {
        StoredSubscription current = get(agencyId, id);
        requireCurrent(current, ifMatch);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("#", "INVALID_TYPE");
        }
        for (String member : List.of("url", "event_types", "active")) {
            if (patch.has(member) && patch.get(member).isNull()) {
                throw ProblemException.invalid("#/" + member, "NULL_NOT_ALLOWED");
            }
        }
        String url = current.url();
        if (patch.has("url")) {
            url = checkedUrl(patch.get("url").asText());
            if (store.urlTaken(agencyId, url, id)) {
                throw urlTaken(agencyId, url, id);
            }
        }
        List<String> types = current.eventTypes();
        if (patch.has("event_types")) {
            JsonNode list = patch.get("event_types");
            List<EventType> parsed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    parsed.add(EventType.fromValue(list.get(i).asText()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("#/event_types/" + i, "UNKNOWN");
                }
            }
            types = types(parsed);
        }
        String description = current.description();
        if (patch.has("description")) {
            description = patch.get("description").isNull() ? null : patch.get("description").asText();
        }
        boolean active = current.active();
        String disabledReason = current.disabledReason();
        Instant disabledAt = current.disabledAt();
        Instant failingSince = current.failingSince();
        Instant now = now();
        if (patch.has("active")) {
            boolean wanted = patch.get("active").asBoolean();
            if (wanted && !active) {
                active = true;
                disabledReason = null;
                disabledAt = null;
                failingSince = null;
            } else if (!wanted && active) {
                active = false;
                disabledReason = "DEACTIVATED_BY_CLIENT";
                disabledAt = now;
            }
        }
        StoredSubscription changed = new StoredSubscription(id, agencyId, url, types, description, active,
                disabledReason, disabledAt, current.secret(), current.previousSecret(),
                current.previousSecretExpiresAt(), failingSince, current.createdAt(), now, current.version() + 1);
        if (!store.update(changed, current.version())) {
            throw changedMeanwhile();
        }
        return changed;
    }

    public void delete(String agencyId, String id, String ifMatch) {
        StoredSubscription current = get(agencyId, id);
        requireCurrent(current, ifMatch);
        if (!store.delete(id, current.version())) {
            throw changedMeanwhile();
        }
    }

    /** A new secret; the replaced one signs alongside for 24 hours, an older one stops at once (EVT-033). */
    public StoredSubscription rotate(String agencyId, String id, String ifMatch) {
        StoredSubscription current = get(agencyId, id);
        requireCurrent(current, ifMatch);
        Instant now = now();
        StoredSubscription changed = new StoredSubscription(id, agencyId, current.url(), current.eventTypes(),
                current.description(), current.active(), current.disabledReason(), current.disabledAt(),
                WebhookSigning.newSecret(), current.secret(), now.plus(SECRET_OVERLAP), current.failingSince(),
                current.createdAt(), now, current.version() + 1);
        if (!store.update(changed, current.version())) {
            throw changedMeanwhile();
        }
        return changed;
    }

    public WebhookDeliveryAttemptList deliveries(String agencyId, String id, @Nullable String eventId,
            @Nullable WebhookDeliveryOutcome outcome, @Nullable Integer pageSize, @Nullable String pageToken) {
        get(agencyId, id);
        String filters = "deliveries|" + id + "|event=" + (eventId == null ? "" : eventId) + "|outcome="
                + (outcome == null ? "" : outcome.getValue());
        String cursor = pageTokens.cursor(pageToken, filters).orElse(null);
        Instant beforeAt = null;
        int beforeNumber = 0;
        String beforeId = null;
        if (cursor != null) {
            String[] parts = cursor.split("\\|", -1);
            try {
                beforeAt = Instant.parse(parts[0]);
                beforeNumber = Integer.parseInt(parts[1]);
                beforeId = parts[2];
            } catch (RuntimeException e) {
                throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
            }
        }
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<StoredAttempt> rows = store.attempts(id, eventId, outcome == null ? null : outcome.getValue(), beforeAt,
                beforeNumber, beforeId, size + 1);
        List<StoredAttempt> page = rows.stream().limit(size).toList();
        WebhookDeliveryAttemptList answer = new WebhookDeliveryAttemptList(
                page.stream().map(WebhookSubscriptions::toApi).toList());
        if (rows.size() > size) {
            StoredAttempt last = page.get(page.size() - 1);
            answer.nextPageToken(pageTokens.issue(last.attemptedAt() + "|" + last.attemptNumber() + "|"
                    + last.id(), filters));
        }
        return answer;
    }

    /** One immediate manual attempt (EVT-034), whatever the subscription's state and types. */
    public WebhookDeliveryAttempt redeliver(String agencyId, String id, String eventId) {
        StoredSubscription subscription = get(agencyId, id);
        StoredEvent event = (eventId == null ? null : events.find(agencyId, eventId).orElse(null));
        if (event == null) {
            throw ProblemException.invalid("#/event_id", "UNKNOWN");
        }
        return toApi(dispatcher.redeliver(subscription, event));
    }

    /** The contract's representation; the secret only when {@code withSecret} (create and rotate). */
    public WebhookSubscription toApi(StoredSubscription s, boolean withSecret) {
        WebhookSubscription api = new WebhookSubscription(s.id(), s.agencyId(), URI.create(s.url()),
                s.eventTypes().stream().map(EventType::fromValue).toList(), s.active(), utc(s.createdAt()),
                utc(s.updatedAt()));
        api.setDescription(s.description());
        if (s.disabledReason() != null) {
            api.setDisabledReason(WebhookDisabledReason.fromValue(s.disabledReason()));
            api.setDisabledAt(utc(s.disabledAt()));
        }
        if (s.previousSecret() != null && s.previousSecretExpiresAt() != null
                && s.previousSecretExpiresAt().isAfter(now())) {
            api.setPreviousSecretExpiresAt(utc(s.previousSecretExpiresAt()));
        }
        if (withSecret) {
            api.setSecret(s.secret());
        }
        return api;
    }

    static WebhookDeliveryAttempt toApi(StoredAttempt a) {
        WebhookDeliveryAttempt api = new WebhookDeliveryAttempt(a.eventId(), EventType.fromValue(a.eventType()),
                a.attemptNumber(), WebhookDeliveryTrigger.fromValue(a.trigger()), utc(a.attemptedAt()),
                a.durationMs(), WebhookDeliveryOutcome.fromValue(a.outcome()));
        api.setResponseStatus(a.responseStatus());
        if (a.failureReason() != null) {
            api.setFailureReason(WebhookDeliveryFailureReason.fromValue(a.failureReason()));
        }
        if (a.nextAttemptAt() != null) {
            api.setNextAttemptAt(utc(a.nextAttemptAt()));
        }
        return api;
    }

    private String checkedUrl(String url) {
        if (!WebhookUrlPolicy.allowed(url, settings.isDevelopmentMode())) {
            throw ProblemException.invalid("#/url", "NOT_ALLOWED");
        }
        return url;
    }

    private static List<String> types(List<EventType> types) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            EventType type = types.get(i);
            if (type == null) {
                throw ProblemException.invalid("#/event_types/" + i, "UNKNOWN");
            }
            names.add(type.getValue());
        }
        if (names.isEmpty()) {
            throw ProblemException.invalid("#/event_types", "TOO_SHORT");
        }
        return List.copyOf(names);
    }

    private ProblemException urlTaken(String agencyId, String url, @Nullable String exceptId) {
        String holder = store.list(agencyId, null, null, null, Integer.MAX_VALUE).stream()
                .filter(s -> s.url().equals(url) && !s.id().equals(exceptId)).map(StoredSubscription::id)
                .findFirst().orElse("");
        return new ProblemException(ProblemType.CONFLICT, "detail.subscription-url-taken", holder);
    }

    private static void requireCurrent(StoredSubscription current, String ifMatch) {
        if (ifMatch == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.subscription-precondition-required");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current.etag())) {
                return;
            }
        }
        throw changedMeanwhile();
    }

    private static ProblemException changedMeanwhile() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.subscription-changed");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
