package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.webhooks.StandardWebhooks;
import java.util.ArrayList;
import java.util.List;

/** Managing webhook subscriptions (capability webhooks): creation, secrets, URL rules, conflicts, preconditions. */
@Profile("events")
public class WebhookSubscriptionTests {

    private static final String AGENCY = "agency_backend";
    private static final List<String> SUBMITTED = List.of("APPLICATION_SUBMITTED");
    private static final String UNKNOWN_ID = "whs_01JDB7M3K9Q2R5S8T1V4W6X0Y3";

    @Requirement({"EVT-016"})
    public void creatingASubscriptionAnswers201WithLocationETagAndAWhsecSecret(TestContext ctx) {
        String url = ctx.webhooks().url(ctx.webhooks().newPath("created"));
        Exchange e = Subscriptions.create(ctx, AGENCY, Subscriptions.body(url, SUBMITTED));
        String id = e.json().path("id").asText(null);
        try {
            assertThat(e.status()).as("status of createWebhookSubscription: %s", e.responseBody()).isEqualTo(201);
            assertThat(e.json().path("active").asBoolean(false)).as("active").isTrue();
            assertThat(e.json().path("url").asText()).as("url").isEqualTo(url);
            assertThat(e.header("Location")).as("Location").hasValueSatisfying(
                    location -> assertThat(location).endsWith(Subscriptions.BASE + "/" + id));
            assertThat(e.header("ETag")).as("ETag").isPresent();
            String secret = e.json().path("secret").asText("");
            assertThat(secret).as("secret").matches("^whsec_[A-Za-z0-9+/]+={0,2}$");
            assertThat(StandardWebhooks.key(secret).length).as("random bytes of the secret").isGreaterThanOrEqualTo(24);
        } finally {
            if (id != null) {
                Subscriptions.remove(ctx, id);
            }
        }
    }

    @Requirement({"EVT-035"})
    public void developmentModeAcceptsHttpAndLoopbackOrPrivateReceivers(TestContext ctx) {
        for (String url : List.of("http://127.0.0.1:9/mpp-conformance/development-mode",
                "http://10.11.12.13/mpp-conformance/development-mode")) {
            Exchange e = Subscriptions.create(ctx, AGENCY, Subscriptions.body(url, SUBMITTED));
            if (e.status() == 201) {
                Subscriptions.remove(ctx, e.json().path("id").asText());
            }
            assertThat(e.status()).as("status of createWebhookSubscription with %s in development mode: %s", url,
                    e.responseBody()).isEqualTo(201);
        }
    }

    @Requirement({"EVT-017"})
    public void theSecretIsShownOnlyOnCreationAndRotation(TestContext ctx) {
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("secret")), SUBMITTED);
        try {
            assertThat(s.secret()).as("secret of createWebhookSubscription").isNotBlank();
            Exchange get = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.json().has("secret")).as("getWebhookSubscription shows a secret").isFalse();
            Exchange list = Subscriptions.list(ctx, AGENCY, null);
            assertThat(list.status()).isEqualTo(200);
            list.json().path("items").forEach(item -> assertThat(item.has("secret"))
                    .as("listWebhookSubscriptions shows the secret of %s", item.path("id")).isFalse());
            Exchange patch = Subscriptions.patch(ctx, AGENCY, s.id(), get.header("ETag").orElse(null),
                    "{\"description\":\"Uji kesesuaian, diubah\"}");
            assertThat(patch.status()).as("status of updateWebhookSubscription: %s", patch.responseBody()).isEqualTo(200);
            assertThat(patch.json().has("secret")).as("updateWebhookSubscription shows a secret").isFalse();
            Exchange rotated = Subscriptions.rotate(ctx, AGENCY, s.id(), patch.header("ETag").orElse(null));
            assertThat(rotated.status()).as("status of rotateWebhookSecret: %s", rotated.responseBody()).isEqualTo(200);
            assertThat(rotated.json().path("secret").asText("")).as("secret of rotateWebhookSecret")
                    .startsWith("whsec_").isNotEqualTo(s.secret());
            assertThat(Subscriptions.get(ctx, AGENCY, s.id()).json().has("secret")).as("secret after the rotation")
                    .isFalse();
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-018"})
    public void urlsBreakingTheRulesAnswer400NotAllowedAtUrlAndChangeNothing(TestContext ctx) {
        List<String> refused = new ArrayList<>(List.of("ftp://example.org/mpp-conformance/hook",
                "/mpp-conformance/relative", "https://uji:rahasia@example.org/mpp-conformance/hook",
                "https://example.org/mpp-conformance/hook#fragmen",
                "https://example.org/mpp-conformance/" + "a".repeat(2049)));
        if (!ctx.config().webhooks().developmentMode()) {
            refused.addAll(List.of("http://example.org/mpp-conformance/hook", "https://localhost/hook",
                    "https://uji.localhost/hook", "https://127.0.0.1/hook", "https://0.0.0.0/hook",
                    "https://10.1.2.3/hook", "https://100.64.0.1/hook", "https://169.254.169.254/hook",
                    "https://172.16.0.1/hook", "https://192.168.1.1/hook", "https://[::1]/hook", "https://[::]/hook",
                    "https://[fc00::1]/hook", "https://[fe80::1]/hook", "https://[::ffff:127.0.0.1]/hook",
                    "https://[::ffff:10.0.0.1]/hook"));
        }
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("url-rules")),
                SUBMITTED);
        try {
            for (String url : refused) {
                assertNotAllowed(Subscriptions.create(ctx, AGENCY, Subscriptions.body(url, SUBMITTED)), url);
                assertNotAllowed(Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(),
                        Accounts.JSON.createObjectNode().put("url", url).toString()), url);
            }
            Exchange after = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(after.json().path("url").asText()).as("url after the refused changes").isEqualTo(s.json().path("url").asText());
            assertThat(after.header("ETag")).as("ETag after the refused changes").contains(s.etag());
            Exchange list = Subscriptions.list(ctx, AGENCY, null);
            list.json().path("items").forEach(item -> assertThat(refused).as("a refused URL was subscribed")
                    .doesNotContain(item.path("url").asText()));
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-020"})
    public void aUrlTheAgencyAlreadySubscribedAnswers409AndChangesNothing(TestContext ctx) {
        String first = ctx.webhooks().url(ctx.webhooks().newPath("first"));
        Subscriptions.Created a = Subscriptions.created(ctx, first, SUBMITTED);
        Subscriptions.Created b = null;
        try {
            Exchange again = Subscriptions.create(ctx, AGENCY, Subscriptions.body(first, List.of("APPLICATION_CANCELLED")));
            if (again.status() == 201) {
                Subscriptions.remove(ctx, again.json().path("id").asText());
            }
            assertProblem(again, 409, "conflict");
            b = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("second")), SUBMITTED);
            assertProblem(Subscriptions.patch(ctx, AGENCY, b.id(), b.etag(),
                    Accounts.JSON.createObjectNode().put("url", first).toString()), 409, "conflict");
            Exchange after = Subscriptions.get(ctx, AGENCY, b.id());
            assertThat(after.json().path("url").asText()).as("url after the refused change")
                    .isEqualTo(b.json().path("url").asText());
            assertThat(after.header("ETag")).as("ETag after the refused change").contains(b.etag());
            long withFirst = 0;
            for (JsonNode item : Subscriptions.list(ctx, AGENCY, null).json().path("items")) {
                withFirst += item.path("url").asText().equals(first) ? 1 : 0;
            }
            assertThat(withFirst).as("subscriptions with the URL %s", first).isEqualTo(1);
        } finally {
            Subscriptions.remove(ctx, a.id());
            if (b != null) {
                Subscriptions.remove(ctx, b.id());
            }
        }
    }

    @Requirement({"EVT-021"})
    public void anotherAgencysSubscriptionIsInvisibleAndAnswers404LikeAnUnknownOne(TestContext ctx) {
        String other = "agency_backend_b";
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("agency-a")),
                SUBMITTED);
        try {
            Exchange list = Subscriptions.list(ctx, other, null);
            assertThat(list.status()).as("status of the other agency's listWebhookSubscriptions").isEqualTo(200);
            list.json().path("items").forEach(item -> assertThat(item.path("id").asText())
                    .as("the other agency lists this agency's subscription").isNotEqualTo(s.id()));
            for (String id : List.of(s.id(), UNKNOWN_ID)) {
                assertProblem(Subscriptions.get(ctx, other, id), 404, "not-found");
                assertProblem(Subscriptions.patch(ctx, other, id, s.etag(), "{\"active\":false}"), 404, "not-found");
                assertProblem(Subscriptions.rotate(ctx, other, id, s.etag()), 404, "not-found");
                assertProblem(Subscriptions.deliveries(ctx, other, id, null), 404, "not-found");
                assertProblem(Subscriptions.delete(ctx, other, id, s.etag()), 404, "not-found");
            }
            Exchange after = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(after.status()).as("status of the own getWebhookSubscription afterwards").isEqualTo(200);
            assertThat(after.header("ETag")).as("ETag afterwards (nothing changed)").contains(s.etag());
            assertThat(after.json().path("active").asBoolean()).as("active afterwards").isTrue();
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-022"})
    public void changesWithoutOrWithAStaleIfMatchAreRefusedAndChangeNothing(TestContext ctx) {
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("if-match")),
                SUBMITTED);
        try {
            String patch = "{\"description\":\"Uji kesesuaian, diubah\"}";
            assertProblem(Subscriptions.patch(ctx, AGENCY, s.id(), null, patch), 428, "precondition-required");
            assertProblem(Subscriptions.rotate(ctx, AGENCY, s.id(), null), 428, "precondition-required");
            assertProblem(Subscriptions.delete(ctx, AGENCY, s.id(), null), 428, "precondition-required");
            Exchange unchanged = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(unchanged.header("ETag")).as("ETag after the refusals without If-Match").contains(s.etag());
            Exchange changed = Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(), patch);
            assertThat(changed.status()).as("status of a change with the current ETag: %s", changed.responseBody())
                    .isEqualTo(200);
            String current = changed.header("ETag").orElse(null);
            assertThat(current).as("the ETag after a change").isNotNull().isNotEqualTo(s.etag());
            assertProblem(Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(), "{\"active\":false}"), 412,
                    "precondition-failed");
            assertProblem(Subscriptions.rotate(ctx, AGENCY, s.id(), s.etag()), 412, "precondition-failed");
            assertProblem(Subscriptions.delete(ctx, AGENCY, s.id(), s.etag()), 412, "precondition-failed");
            Exchange after = Subscriptions.get(ctx, AGENCY, s.id());
            assertThat(after.status()).as("status of getWebhookSubscription after the refusals").isEqualTo(200);
            assertThat(after.header("ETag")).as("getWebhookSubscription answers the current ETag").contains(current);
            assertThat(after.json().path("active").asBoolean()).as("active after a refused pause").isTrue();
            assertThat(after.json().has("previous_secret_expires_at")).as("a refused rotation rotated").isFalse();
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    @Requirement({"EVT-023"})
    public void anUpdateIsAJsonMergePatch(TestContext ctx) {
        Subscriptions.Created s = Subscriptions.created(ctx, ctx.webhooks().url(ctx.webhooks().newPath("merge-patch")),
                SUBMITTED);
        try {
            Exchange types = Subscriptions.patch(ctx, AGENCY, s.id(), s.etag(),
                    "{\"event_types\":[\"APPLICATION_SUBMITTED\",\"APPLICATION_CANCELLED\"]}");
            assertThat(types.status()).as("status of the event_types change: %s", types.responseBody()).isEqualTo(200);
            assertThat(types.json().path("event_types").toString()).as("event_types")
                    .contains("APPLICATION_SUBMITTED", "APPLICATION_CANCELLED");
            assertThat(types.json().path("url")).as("url (absent from the patch)").isEqualTo(s.json().path("url"));
            assertThat(types.json().path("description")).as("description (absent from the patch)")
                    .isEqualTo(s.json().path("description"));
            assertThat(types.json().path("active").asBoolean()).as("active (absent from the patch)").isTrue();
            String etag = types.header("ETag").orElse(null);
            assertThat(etag).as("the new ETag").isNotNull().isNotEqualTo(s.etag());
            for (String member : List.of("url", "event_types", "active")) {
                assertProblem(Subscriptions.patch(ctx, AGENCY, s.id(), etag, "{\"" + member + "\":null}"), 400,
                        "validation-error");
            }
            Exchange removed = Subscriptions.patch(ctx, AGENCY, s.id(), etag, "{\"description\":null}");
            assertThat(removed.status()).as("status of description null: %s", removed.responseBody()).isEqualTo(200);
            assertThat(removed.json().has("description")).as("description after null").isFalse();
            assertThat(removed.json().path("event_types").size()).as("event_types after the refused nulls").isEqualTo(2);
            assertThat(removed.header("ETag")).as("the ETag after removing the description").isPresent()
                    .isNotEqualTo(java.util.Optional.of(etag));
        } finally {
            Subscriptions.remove(ctx, s.id());
        }
    }

    private static void assertNotAllowed(Exchange e, String url) {
        JsonNode problem = assertProblem(e, 400, "validation-error");
        assertThat(problem.path("errors")).as("errors for the url %s", url).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/url");
            assertThat(err.path("code").asText()).isEqualTo("NOT_ALLOWED");
        });
    }
}
