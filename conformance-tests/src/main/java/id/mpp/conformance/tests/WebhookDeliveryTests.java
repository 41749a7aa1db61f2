package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.webhooks.ReceivedRequest;
import id.mpp.conformance.webhooks.Reply;
import id.mpp.conformance.webhooks.StandardWebhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliveries to the suite's receiver (capability webhooks): what is sent, signed how, retried when, in which order,
 * and what the delivery log and the manual redelivery answer. Every subscription receives the agency's events of
 * its types from every test, so each test looks only at the events of the applications it made.
 */
@Profile("events")
public class WebhookDeliveryTests {

    private static final String AGENCY = "agency_backend";
    /** The contract's bound for a first attempt (EVT-025). */
    private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(60);
    private static final String SUBMITTED = "APPLICATION_SUBMITTED";
    private static final String STATUS_CHANGED = "APPLICATION_STATUS_CHANGED";
    /** A type no test of the suite makes, for subscriptions that must get no automatic delivery. */
    private static final String SURVEY = "SURVEY_RESPONSE_SUBMITTED";

    @Requirement({"EVT-025", "EVT-026", "EVT-027", "EVT-013", "EVT-012"})
    public void anEventIsPostedSignedAndExactlyAsInTheFeed(TestContext ctx) {
        String path = ctx.webhooks().newPath("delivered");
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SUBMITTED));
        try {
            WebhookEvents events = new WebhookEvents(ctx);
            WebhookEvents.Application app = events.submit();
            ReceivedRequest r = first(awaitEvent(ctx, path, app, SUBMITTED), app, SUBMITTED);
            assertThat(r.method()).as("method of the delivery").isEqualTo("POST");
            assertThat(r.header("content-type")).as("Content-Type of the delivery").startsWith("application/json");
            JsonNode body = r.json();
            assertThat(r.webhookId()).as("webhook-id").isEqualTo(body.path("id").asText());
            assertSigned(r, s.secret());
            JsonNode inFeed = events.event(app, SUBMITTED);
            assertThat(body).as("the delivered event beside the feed's").isEqualTo(inFeed);
            EventPrivacy.assertNoPersonalData(ctx, inFeed, events.form());
            EventPrivacy.assertNoPersonalData(ctx, body, events.form());
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-028", "EVT-031", "EVT-027", "EVT-032"})
    public void aFailedAttemptIsRetriedAfterFiveSecondsAndTheNextEventWaitsForIt(TestContext ctx) {
        String path = ctx.webhooks().newPath("retried");
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        ctx.webhooks().answer(path, r -> SUBMITTED.equals(r.jsonOrEmpty().path("type").asText())
                && failedOnce.add(r.webhookId()) ? Reply.status(500) : Reply.ok());
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SUBMITTED, STATUS_CHANGED));
        try {
            WebhookEvents events = new WebhookEvents(ctx);
            WebhookEvents.Application app = events.startReview(events.submit());
            List<ReceivedRequest> got = ctx.webhooks().await(path, rs -> rs.stream().anyMatch(r -> of(r, app, STATUS_CHANGED)),
                    Duration.ofSeconds(30), "the STATUS_CHANGED event after the retried SUBMITTED one");
            List<ReceivedRequest> submitted = got.stream().filter(r -> of(r, app, SUBMITTED)).toList();
            assertThat(submitted).as("attempts of the SUBMITTED event (the first answered 500)").hasSize(2);
            ReceivedRequest failed = submitted.get(0);
            ReceivedRequest retried = submitted.get(1);
            Duration gap = Duration.between(failed.receivedAt(), retried.receivedAt());
            assertThat(gap).as("time from the failed attempt to its retry (5 s after its end, plus up to 10 %%)")
                    .isBetween(Duration.ofMillis(4900), Duration.ofMillis(8500));
            assertSigned(failed, s.secret());
            assertSigned(retried, s.secret());
            assertThat(retried.header("webhook-timestamp")).as("the retry's webhook-timestamp")
                    .isNotEqualTo(failed.header("webhook-timestamp"));
            assertThat(retried.header("webhook-signature")).as("the retry's signature")
                    .isNotEqualTo(failed.header("webhook-signature"));
            ReceivedRequest next = first(got, app, STATUS_CHANGED);
            assertThat(next.receivedAt()).as("the next event of the application waits until the previous one succeeded")
                    .isAfterOrEqualTo(retried.receivedAt());
            assertLogOfTheRetry(ctx, s.id(), failed.webhookId());
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-028", "EVT-032"})
    public void aRetryAfterLongerThanTheScheduleOf503PostponesTheRetry(TestContext ctx) {
        String path = ctx.webhooks().newPath("retry-after");
        Duration retryAfter = Duration.ofSeconds(40);
        ctx.webhooks().answer(path, r -> SUBMITTED.equals(r.jsonOrEmpty().path("type").asText())
                ? Reply.retryAfter(503, retryAfter) : Reply.ok());
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SUBMITTED));
        try {
            WebhookEvents.Application app = new WebhookEvents(ctx).submit();
            String eventId = first(awaitEvent(ctx, path, app, SUBMITTED), app, SUBMITTED).webhookId();
            JsonNode attempt = Poll.until(() -> Subscriptions.deliveries(ctx, AGENCY, s.id(), "event_id=" + eventId)
                    .json().path("items"), items -> items.size() >= 1, FIRST_ATTEMPT, "the attempt in the delivery log")
                    .get(0);
            assertThat(attempt.path("outcome").asText()).as("outcome of an attempt answered 503").isEqualTo("RETRY_SCHEDULED");
            assertThat(attempt.path("response_status").asInt()).as("response_status").isEqualTo(503);
            assertThat(attempt.path("failure_reason").asText("")).as("failure_reason").isNotEmpty();
            Instant ended = Instant.parse(attempt.path("attempted_at").asText()).plusMillis(attempt.path("duration_ms").asLong());
            Duration wait = Duration.between(ended, Instant.parse(attempt.path("next_attempt_at").asText()));
            assertThat(wait).as("next_attempt_at after a 503 with Retry-After: %s s (longer than the 5 s of the schedule)",
                    retryAfter.toSeconds()).isBetween(retryAfter.minusSeconds(1), retryAfter.plusSeconds(5));
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-029"})
    public void a410DisablesTheSubscriptionAtOnce(TestContext ctx) {
        String path = ctx.webhooks().newPath("gone");
        ctx.webhooks().answer(path, r -> Reply.status(410));
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SUBMITTED));
        try {
            new WebhookEvents(ctx).submit();
            Exchange disabled = Poll.until(() -> Subscriptions.get(ctx, AGENCY, s.id()),
                    e -> e.status() != 200 || !e.json().path("active").asBoolean(true), FIRST_ATTEMPT.plusSeconds(5),
                    "the subscription answering 410 becoming inactive");
            assertThat(disabled.status()).isEqualTo(200);
            assertThat(disabled.json().path("disabled_reason").asText()).as("disabled_reason").isEqualTo("RECEIVER_GONE");
            assertThat(disabled.json().has("disabled_at")).as("disabled_at").isTrue();
            assertThat(disabled.header("ETag")).as("the ETag after the server disabled it").isPresent()
                    .isNotEqualTo(java.util.Optional.ofNullable(s.etag()));
            JsonNode log = Subscriptions.deliveries(ctx, AGENCY, s.id(), null).json().path("items");
            assertThat(log).as("the delivery log").isNotEmpty().allSatisfy(attempt -> {
                assertThat(attempt.path("outcome").asText()).as("outcome of an attempt answered 410").isEqualTo("FAILED");
                assertThat(attempt.has("next_attempt_at")).as("a retry after 410").isFalse();
            });
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-025", "EVT-030"})
    public void eventsWhilePausedAndEventsOfOtherTypesAreNeverDelivered(TestContext ctx) {
        String path = ctx.webhooks().newPath("paused");
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(STATUS_CHANGED));
        try {
            Exchange paused = Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(), "{\"active\":false}");
            assertThat(paused.status()).as("status of the pause: %s", paused.responseBody()).isEqualTo(200);
            assertThat(paused.json().path("active").asBoolean(true)).as("active after the pause").isFalse();
            assertThat(paused.json().path("disabled_reason").asText()).isEqualTo("DEACTIVATED_BY_CLIENT");
            WebhookEvents events = new WebhookEvents(ctx);
            WebhookEvents.Application whilePaused = events.startReview(events.submit());
            Exchange resumed = Subscriptions.patch(ctx, AGENCY, s.id(), paused.header("ETag").orElse(null),
                    "{\"active\":true}");
            assertThat(resumed.status()).as("status of the resumption: %s", resumed.responseBody()).isEqualTo(200);
            assertThat(resumed.json().path("active").asBoolean()).as("active after the resumption").isTrue();
            assertThat(resumed.json().has("disabled_reason")).as("disabled_reason after the resumption").isFalse();
            assertThat(resumed.json().has("disabled_at")).as("disabled_at after the resumption").isFalse();
            WebhookEvents.Application afterwards = events.startReview(events.submit());
            List<ReceivedRequest> got = awaitEvent(ctx, path, afterwards, STATUS_CHANGED);
            assertThat(got).as("deliveries of the application changed while the subscription was paused")
                    .noneMatch(r -> r.jsonOrEmpty().path("application_id").asText().equals(whilePaused.id()));
            assertThat(got).as("deliveries of a type the subscription does not take")
                    .noneMatch(r -> of(r, afterwards, SUBMITTED));
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-024"})
    public void aDeletedSubscriptionAnswers404AndGetsNoMoreAttempts(TestContext ctx) {
        String deletedPath = ctx.webhooks().newPath("deleted");
        String controlPath = ctx.webhooks().newPath("control");
        Subscriptions.Created deleted = Subscriptions.created(ctx, ctx.webhooks().url(deletedPath), List.of(SUBMITTED));
        Subscriptions.Created control = Subscriptions.created(ctx, ctx.webhooks().url(controlPath), List.of(SUBMITTED));
        try {
            Exchange e = Subscriptions.delete(ctx, AGENCY, deleted.id(), deleted.etag());
            assertThat(e.status()).as("status of deleteWebhookSubscription: %s", e.responseBody()).isEqualTo(204);
            assertProblem(Subscriptions.get(ctx, AGENCY, deleted.id()), 404, "not-found");
            WebhookEvents.Application app = new WebhookEvents(ctx).submit();
            awaitEvent(ctx, controlPath, app, SUBMITTED);
            assertThat(ctx.webhooks().received(deletedPath)).as("attempts to the deleted subscription")
                    .noneMatch(r -> of(r, app, SUBMITTED));
        } finally {
            Subscriptions.remove(ctx, deleted.id());
            Subscriptions.remove(ctx, control.id());
        }
    }

    @Requirement({"EVT-034", "EVT-013", "EVT-026", "EVT-021"})
    public void aRedeliveryIsOneSignedManualAttemptWhateverTheSubscriptionsStateAndTypes(TestContext ctx) {
        String path = ctx.webhooks().newPath("redelivered");
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SURVEY));
        try {
            Exchange paused = pause(ctx, s);
            JsonNode event = submittedEvent(ctx);
            String eventId = event.path("id").asText();
            Exchange e = Subscriptions.redeliver(ctx, AGENCY, s.id(), eventId);
            assertThat(e.status()).as("status of redeliverWebhookEvent: %s", e.responseBody()).isEqualTo(200);
            assertThat(e.json().path("trigger").asText()).as("trigger").isEqualTo("MANUAL");
            assertThat(e.json().path("outcome").asText()).as("outcome").isEqualTo("SUCCEEDED");
            assertThat(e.json().path("event_id").asText()).as("event_id").isEqualTo(eventId);
            assertThat(e.json().has("next_attempt_at")).as("a manual attempt is never retried").isFalse();
            List<ReceivedRequest> got = ctx.webhooks().received(path);
            assertThat(got).as("requests to the receiver").filteredOn(r -> eventId.equals(r.webhookId())).hasSize(1);
            ReceivedRequest r = got.stream().filter(x -> eventId.equals(x.webhookId())).findFirst().orElseThrow();
            assertSigned(r, s.secret());
            assertThat(r.json()).as("the redelivered event beside the feed's").isEqualTo(event);
            Exchange after = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(after.json().path("active").asBoolean(true)).as("active after the redelivery").isFalse();
            assertThat(after.header("ETag")).as("ETag after the redelivery").isEqualTo(paused.header("ETag"));
            JsonNode log = Subscriptions.deliveries(ctx, AGENCY, s.id(), "event_id=" + eventId).json().path("items");
            assertThat(log).as("the delivery log of the event").hasSize(1);
            assertThat(log.get(0).path("trigger").asText()).isEqualTo("MANUAL");
            JsonNode unknown = assertProblem(Subscriptions.redeliver(ctx, AGENCY, s.id(), "evt_01JDA3R5N8B2C4D6F8G0H2J4K6"),
                    400, "validation-error");
            assertUnknownEventId(unknown);
            WebhookEvents other = new WebhookEvents(ctx, "agency_backend_b");
            String otherEvent = other.event(other.submit(), SUBMITTED).path("id").asText();
            assertUnknownEventId(assertProblem(Subscriptions.redeliver(ctx, AGENCY, s.id(), otherEvent), 400,
                    "validation-error"));
            assertProblem(Subscriptions.redeliver(ctx, "agency_backend_b", s.id(), eventId), 404, "not-found");
            assertThat(ctx.webhooks().received(path)).as("requests after the refused redeliveries")
                    .filteredOn(x -> eventId.equals(x.webhookId()) || otherEvent.equals(x.webhookId())).hasSize(1);
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-028", "EVT-034"})
    public void aRedirectIsAFailedAttemptAndIsNotFollowed(TestContext ctx) {
        String path = ctx.webhooks().newPath("redirecting");
        String target = ctx.webhooks().newPath("redirect-target");
        ctx.webhooks().answer(path, r -> Reply.redirect(ctx.webhooks().url(target)));
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SURVEY));
        try {
            pause(ctx, s);
            String eventId = submittedEvent(ctx).path("id").asText();
            Exchange e = Subscriptions.redeliver(ctx, AGENCY, s.id(), eventId);
            assertThat(e.status()).as("status of redeliverWebhookEvent: %s", e.responseBody()).isEqualTo(200);
            assertThat(e.json().path("outcome").asText()).as("outcome of an attempt answered 302").isEqualTo("FAILED");
            assertThat(e.json().path("response_status").asInt()).as("response_status of the redirect").isEqualTo(302);
            assertThat(ctx.webhooks().received(path)).as("attempts to the subscription's URL")
                    .filteredOn(r -> eventId.equals(r.webhookId())).hasSize(1);
            assertThat(ctx.webhooks().received(target)).as("requests to the redirect's target").isEmpty();
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-033"})
    public void aRotatedSecretSignsBesideTheNewOneAndAtMostTwoEverSign(TestContext ctx) {
        String path = ctx.webhooks().newPath("rotated");
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(path), List.of(SURVEY));
        try {
            Exchange paused = pause(ctx, s);
            String eventId = submittedEvent(ctx).path("id").asText();
            Exchange first = Subscriptions.rotate(ctx, AGENCY, s.id(), paused.header("ETag").orElse(null));
            assertThat(first.status()).as("status of rotateWebhookSecret: %s", first.responseBody()).isEqualTo(200);
            String secret1 = first.json().path("secret").asText();
            assertThat(secret1).as("the new secret").startsWith("whsec_").isNotEqualTo(s.secret());
            Instant expires = Instant.parse(first.json().path("previous_secret_expires_at").asText());
            Instant changed = Instant.parse(first.json().path("updated_at").asText());
            assertThat(Duration.between(changed, expires)).as("previous_secret_expires_at after the rotation")
                    .isBetween(Duration.ofHours(24).minusMinutes(1), Duration.ofHours(24).plusMinutes(1));
            ReceivedRequest r1 = redelivered(ctx, s.id(), path, eventId);
            List<String> both = StandardWebhooks.entries(r1.header("webhook-signature"));
            assertThat(both).as("signatures after one rotation").hasSize(2);
            assertThat(both.get(0)).as("the new secret's signature first").isEqualTo(StandardWebhooks.expectedEntry(secret1, r1));
            assertThat(both.get(1)).as("the replaced secret's signature second")
                    .isEqualTo(StandardWebhooks.expectedEntry(s.secret(), r1));
            Exchange second = Subscriptions.rotate(ctx, AGENCY, s.id(), first.header("ETag").orElse(null));
            assertThat(second.status()).as("status of the second rotation: %s", second.responseBody()).isEqualTo(200);
            String secret2 = second.json().path("secret").asText();
            ReceivedRequest r2 = redelivered(ctx, s.id(), path, eventId);
            assertThat(StandardWebhooks.entries(r2.header("webhook-signature"))).as("signatures after a second rotation within 24 hours").containsExactly(
                    StandardWebhooks.expectedEntry(secret2, r2), StandardWebhooks.expectedEntry(secret1, r2));
            assertThat(StandardWebhooks.verifies(s.secret(), r2)).as("the oldest secret still signs").isFalse();
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    /** Redelivers the event and answers the attempt as the receiver got it (the answer comes after the attempt). */
    private static ReceivedRequest redelivered(TestContext ctx, String id, String path, String eventId) {
        List<ReceivedRequest> before = attemptsOf(ctx, path, eventId);
        Exchange e = Subscriptions.redeliver(ctx, AGENCY, id, eventId);
        assertThat(e.status()).as("status of redeliverWebhookEvent: %s", e.responseBody()).isEqualTo(200);
        List<ReceivedRequest> after = attemptsOf(ctx, path, eventId);
        assertThat(after).as("attempts of the event after the redelivery").hasSize(before.size() + 1);
        return after.get(after.size() - 1);
    }

    private static List<ReceivedRequest> attemptsOf(TestContext ctx, String path, String eventId) {
        return ctx.webhooks().received(path).stream().filter(r -> eventId.equals(r.webhookId())).toList();
    }

    /** The APPLICATION_SUBMITTED event of a new application, as the feed holds it. */
    private static JsonNode submittedEvent(TestContext ctx) {
        WebhookEvents events = new WebhookEvents(ctx);
        return events.event(events.submit(), SUBMITTED);
    }

    /** Pauses a subscription, so that only manual attempts reach it, and answers the pause. */
    private static Exchange pause(TestContext ctx, Subscriptions.Created s) {
        Exchange paused = Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(), "{\"active\":false}");
        assertThat(paused.status()).as("status of the pause: %s", paused.responseBody()).isEqualTo(200);
        return paused;
    }

    private static void assertLogOfTheRetry(TestContext ctx, String id, String eventId) {
        JsonNode log = Poll.until(() -> Subscriptions.deliveries(ctx, AGENCY, id, "event_id=" + eventId).json().path("items"),
                items -> items.size() >= 2, Duration.ofSeconds(60), "both attempts in the delivery log");
        assertThat(log).as("the delivery log of the retried event").hasSize(2);
        JsonNode newest = log.get(0);
        JsonNode oldest = log.get(1);
        for (JsonNode attempt : log) {
            assertThat(attempt.path("event_id").asText()).isEqualTo(eventId);
            assertThat(attempt.path("event_type").asText()).isEqualTo(SUBMITTED);
            assertThat(attempt.path("trigger").asText()).isEqualTo("AUTOMATIC");
            assertThat(attempt.has("attempted_at") && attempt.has("duration_ms")).as("attempted_at and duration_ms").isTrue();
            assertThat(attempt.has("next_attempt_at")).as("next_attempt_at exactly when RETRY_SCHEDULED")
                    .isEqualTo(attempt.path("outcome").asText().equals("RETRY_SCHEDULED"));
        }
        assertThat(oldest.path("attempt_number").asInt()).as("attempt_number of the first attempt").isEqualTo(1);
        assertThat(oldest.path("outcome").asText()).as("outcome of the attempt answered 500").isEqualTo("RETRY_SCHEDULED");
        assertThat(oldest.path("response_status").asInt()).as("response_status of the first attempt").isEqualTo(500);
        assertThat(oldest.path("failure_reason").asText("")).as("failure_reason of the first attempt").isNotEmpty();
        Instant ended = Instant.parse(oldest.path("attempted_at").asText()).plusMillis(oldest.path("duration_ms").asLong());
        Duration wait = Duration.between(ended, Instant.parse(oldest.path("next_attempt_at").asText()));
        assertThat(wait).as("next_attempt_at after the end of the first attempt (5 s plus up to 10 %%)")
                .isBetween(Duration.ofMillis(4000), Duration.ofMillis(6500));
        assertThat(newest.path("attempt_number").asInt()).as("attempt_number of the retry").isEqualTo(2);
        assertThat(newest.path("outcome").asText()).as("outcome of the retry").isEqualTo("SUCCEEDED");
        assertThat(newest.path("response_status").asInt()).as("response_status of the retry").isEqualTo(200);
        assertThat(newest.has("failure_reason")).as("failure_reason of a success").isFalse();
        assertThat(Instant.parse(newest.path("attempted_at").asText())).as("newest first")
                .isAfterOrEqualTo(Instant.parse(oldest.path("attempted_at").asText()));
        JsonNode succeeded = Subscriptions.deliveries(ctx, AGENCY, id, "event_id=" + eventId + "&outcome=SUCCEEDED")
                .json().path("items");
        assertThat(succeeded).as("the log filtered by outcome SUCCEEDED").hasSize(1)
                .allSatisfy(a -> assertThat(a.path("attempt_number").asInt()).isEqualTo(2));
    }

    /** Asserts the Standard Webhooks headers: the event's ID, a fresh timestamp, a first v1 entry of this secret. */
    private static void assertSigned(ReceivedRequest r, String secret) {
        assertThat(r.webhookId()).as("webhook-id").matches("^evt_[0-9A-HJKMNP-TV-Z]{26}$");
        String timestamp = r.header("webhook-timestamp");
        assertThat(timestamp).as("webhook-timestamp (Unix seconds)").isNotNull().matches("^[0-9]+$");
        long skewMillis = r.receivedAt().toEpochMilli() - Long.parseLong(timestamp) * 1000;
        // 5 s of the contract, plus the second the timestamp truncates and the request's way here
        assertThat(skewMillis).as("arrival minus webhook-timestamp, in ms").isBetween(-5000L, 6500L);
        List<String> entries = StandardWebhooks.entries(r.header("webhook-signature"));
        assertThat(entries).as("webhook-signature entries").isNotEmpty();
        assertThat(entries.get(0)).as("the first webhook-signature entry")
                .isEqualTo(StandardWebhooks.expectedEntry(secret, r));
    }

    private static List<ReceivedRequest> awaitEvent(TestContext ctx, String path, WebhookEvents.Application app,
            String type) {
        return ctx.webhooks().await(path, rs -> rs.stream().anyMatch(r -> of(r, app, type)), FIRST_ATTEMPT,
                "the " + type + " event of " + app.id());
    }

    private static ReceivedRequest first(List<ReceivedRequest> got, WebhookEvents.Application app, String type) {
        return got.stream().filter(r -> of(r, app, type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event of " + app.id() + " arrived"));
    }

    private static boolean of(ReceivedRequest r, WebhookEvents.Application app, String type) {
        JsonNode body = r.jsonOrEmpty();
        return body.path("application_id").asText().equals(app.id()) && body.path("type").asText().equals(type);
    }

    private static void assertUnknownEventId(JsonNode problem) {
        assertThat(problem.path("errors")).as("errors").anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/event_id");
            assertThat(err.path("code").asText()).isEqualTo("UNKNOWN");
        });
    }
}
