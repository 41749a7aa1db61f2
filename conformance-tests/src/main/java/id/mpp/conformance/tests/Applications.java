package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Oidc;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.stream.StreamSupport;

/**
 * Applications that many tests share: the catalogue's services, a valid submission to the agency of the suite's
 * agency back-end with its required documents uploaded, reads and the changes of the state machine.
 *
 * <p>The handling agency acts through its back-end (client credentials with the scope officer): the suite's officer
 * accounts sign in through the confidential client, which a provider registers for citizens only (the officer scope
 * is for clients registered for officers).
 */
final class Applications {

    /** The citizen who applies by default: the suite's configuration promises citizen_a may apply there. */
    static final String CITIZEN = "citizen_a";

    /** The catalogue's services per run (a run's tests share its relying party); weak, so a finished run's go. */
    private static final Map<Oidc, JsonNode> SERVICES_BY_RUN = Collections.synchronizedMap(new WeakHashMap<>());

    private Applications() {
    }

    /** An application as read at one moment, with the ETag of that read. */
    record Snapshot(JsonNode json, String etag) {
        String id() {
            return json.path("id").asText();
        }

        String status() {
            return json.path("status").asText();
        }

        String trackingNumber() {
            return json.path("tracking_number").asText();
        }
    }

    /**
     * A submitted application.
     *
     * @param service the service applied for (with its requirements and form schema)
     * @param documents the attached document IDs by document type
     * @param snapshot the 201 answer and its ETag
     * @param location the 201's Location header
     */
    record Submitted(JsonNode service, Map<String, String> documents, Snapshot snapshot, String location) {
        String id() {
            return snapshot.id();
        }

        JsonNode application() {
            return snapshot.json();
        }

        String etag() {
            return snapshot.etag();
        }
    }

    /** citizen_a applies to a service of the back-end's agency, attaching a fresh upload per required document. */
    static Submitted submitted(TestContext ctx) {
        return submitted(ctx, ctx.bearer(CITIZEN));
    }

    /**
     * This citizen (a bearer with documents.write and applications.write, whose assurance level meets the service's
     * minimum_acr) applies to a service of the back-end's agency, attaching a fresh upload per required document.
     */
    static Submitted submitted(TestContext ctx, String citizenBearer) {
        return submitted(ctx, citizenBearer, officerService(ctx));
    }

    /** This citizen applies to this service, attaching a fresh upload per required document. */
    static Submitted submitted(TestContext ctx, String citizenBearer, JsonNode service) {
        return submitted(ctx, citizenBearer, service, requiredUploads(ctx, citizenBearer, service));
    }

    /** This citizen applies to this service again, attaching these documents (IDs by document type). */
    static Submitted submitted(TestContext ctx, String citizenBearer, JsonNode service, Map<String, String> documents) {
        Exchange e = submit(ctx, citizenBearer, body(service, validForm(service), documents));
        assertThat(e.status()).as("status of submitApplication for %s: %s", service.path("id"), e.responseBody())
                .isEqualTo(201);
        return new Submitted(service, documents, new Snapshot(e.json(), e.header("ETag").orElse(null)),
                e.header("Location").orElse(null));
    }

    /** A fresh upload by this citizen for each required document of the service (IDs by document type). */
    static Map<String, String> requiredUploads(TestContext ctx, String citizenBearer, JsonNode service) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (JsonNode r : service.path("requirements")) {
            if (r.path("required").asBoolean()) {
                String type = r.path("document_type").asText();
                documents.put(type, upload(ctx, citizenBearer, type).path("id").asText());
            }
        }
        return documents;
    }

    /**
     * Uploads a fresh, unique document of this type: a PDF, or a PNG where the type refuses PDFs (415), which saves
     * reading the type first.
     */
    static JsonNode upload(TestContext ctx, String citizenBearer, String documentType) {
        Exchange pdf = Documents.upload(ctx, citizenBearer, Documents.parts(documentType, Documents.pdf(), "application/pdf"));
        if (pdf.status() == 415) {
            return Documents.uploaded(ctx, citizenBearer, documentType, Documents.png(), "image/png");
        }
        assertThat(pdf.status()).as("status of the upload of a %s: %s", documentType, pdf.responseBody()).isEqualTo(201);
        return pdf.json();
    }

    /** The bearer of the agency back-end (scope officer), which handles the fixture's applications. */
    static String officer(TestContext ctx) {
        return "Bearer " + ctx.oidc().agencyToken(ctx.http(), "officer");
    }

    /** The agency of the back-end (its token's agency_id claim). */
    static String agency(TestContext ctx) {
        String agency = IdTokens.claims(ctx.oidc().agencyToken(ctx.http(), "officer")).path("agency_id").asText();
        assertThat(agency).as("agency_id of the agency back-end's token").isNotEmpty();
        return agency;
    }

    /**
     * An active service of the back-end's agency that a valid form and uploaded documents can satisfy (every required
     * document accepts UPLOADED, no required form field has a pattern), with an output, the fewest required
     * documents first.
     */
    static JsonNode officerService(TestContext ctx) {
        return serviceOf(ctx, agency(ctx), true);
    }

    /** Such a service of any other agency (for checks across agencies). */
    static JsonNode otherAgencysService(TestContext ctx) {
        return serviceOf(ctx, agency(ctx), false);
    }

    /** Such a service of this agency ({@code own}) or of any other. */
    static JsonNode serviceOf(TestContext ctx, String agency, boolean own) {
        Optional<JsonNode> best = StreamSupport.stream(services(ctx).spliterator(), false)
                .filter(s -> agency.equals(s.path("agency_id").asText()) == own)
                .filter(s -> s.path("active").asBoolean(true) && s.path("output").has("document_type"))
                .filter(s -> simpleForm(s) && satisfiedByUploads(s))
                .min(Comparator.comparingInt(Applications::requiredDocuments).thenComparing(s -> s.path("id").asText()));
        assertThat(best).as("an active service %s %s whose required documents accept UPLOADED", own ? "of" : "not of",
                agency).isPresent();
        return best.get();
    }

    /**
     * An active service any signed-in citizen may apply for (minimum_acr basic) that a valid form and uploaded
     * documents can satisfy: for tests that need a fresh account to apply.
     */
    static JsonNode basicService(TestContext ctx) {
        Optional<JsonNode> found = StreamSupport.stream(services(ctx).spliterator(), false)
                .filter(s -> s.path("active").asBoolean(true) && "urn:mpp:acr:basic".equals(s.path("minimum_acr").asText()))
                .filter(s -> simpleForm(s) && satisfiedByUploads(s))
                .min(Comparator.comparingInt(Applications::requiredDocuments).thenComparing(s -> s.path("id").asText()));
        assertThat(found).as("an active service with minimum_acr urn:mpp:acr:basic").isPresent();
        return found.get();
    }

    /** An active service citizen_a may apply for whose required form fields have no pattern. */
    static JsonNode simpleService(TestContext ctx) {
        for (JsonNode s : services(ctx)) {
            if (s.path("active").asBoolean(true) && s.path("form_schema").path("required").size() > 0 && simpleForm(s)
                    && s.path("requirements").size() > 0) {
                return s;
            }
        }
        throw new AssertionError("no active service with a form of simple required fields");
    }

    /**
     * The first page (100) of the catalogue's active services (each item is a whole Service), read once per run: the
     * catalogue does not change under a run, and most application tests pick their service from it.
     */
    static JsonNode services(TestContext ctx) {
        return SERVICES_BY_RUN.computeIfAbsent(ctx.oidc(), run -> {
            Exchange e = ctx.http().get("/v1/services?page_size=100");
            assertThat(e.status()).as("status of listServices").isEqualTo(200);
            return e.json().path("items");
        });
    }

    /** Whether validForm can fill the service's form: no required field has a pattern. */
    static boolean simpleForm(JsonNode service) {
        JsonNode props = service.path("form_schema").path("properties");
        for (JsonNode name : service.path("form_schema").path("required")) {
            if (props.path(name.asText()).has("pattern")) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfiedByUploads(JsonNode service) {
        for (JsonNode r : service.path("requirements")) {
            boolean uploaded = StreamSupport.stream(r.path("accepted_statuses").spliterator(), false)
                    .anyMatch(st -> st.asText().equals("UPLOADED"));
            if (r.path("required").asBoolean() && !uploaded) {
                return false;
            }
        }
        return true;
    }

    private static int requiredDocuments(JsonNode service) {
        int n = 0;
        for (JsonNode r : service.path("requirements")) {
            n += r.path("required").asBoolean() ? 1 : 0;
        }
        return n;
    }

    /** A submission body for this service and form, with no documents yet. */
    static ObjectNode body(JsonNode service, ObjectNode form) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("service_id", service.path("id").asText());
        body.set("form", form);
        body.putArray("documents");
        return body;
    }

    /** A submission body for this service and form attaching these documents (IDs by document type). */
    static ObjectNode body(JsonNode service, ObjectNode form, Map<String, String> documents) {
        ObjectNode body = body(service, form);
        var attached = body.putArray("documents");
        documents.forEach((type, id) -> attached.addObject().put("document_type", type).put("document_id", id));
        return body;
    }

    /** A form with a valid value for every required field of the service's form_schema. */
    static ObjectNode validForm(JsonNode service) {
        ObjectNode form = Accounts.JSON.createObjectNode();
        JsonNode props = service.path("form_schema").path("properties");
        for (JsonNode n : service.path("form_schema").path("required")) {
            JsonNode p = props.path(n.asText());
            String name = n.asText();
            switch (p.path("type").asText("string")) {
                case "integer" -> form.put(name, p.path("minimum").asLong(1));
                case "number" -> form.put(name, p.path("minimum").asDouble(1));
                case "boolean" -> form.put(name, true);
                default -> {
                    if (p.has("enum")) {
                        form.put(name, p.path("enum").get(0).asText());
                    } else if ("date".equals(p.path("format").asText())) {
                        form.put(name, "2026-01-15");
                    } else if ("email".equals(p.path("format").asText())) {
                        form.put(name, "uji@conformance.example");
                    } else {
                        int min = Math.max(p.path("minLength").asInt(1), 1);
                        form.put(name, "Uji Kesesuaian Konformansi".repeat(1 + min / 20).substring(0, Math.max(min, 3)));
                    }
                }
            }
        }
        return form;
    }

    /** POST /v1/applications with this body and a fresh Idempotency-Key. */
    static Exchange submit(TestContext ctx, String bearer, JsonNode body) {
        return post(ctx, bearer, "/v1/applications", null, UUID.randomUUID().toString(), body);
    }

    /** The items of the caller's listMyApplications (first page) with this query, failing unless it answers 200. */
    static JsonNode mine(TestContext ctx, String bearer, String query) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/applications" + (query == null ? "" : "?" + query))
                .header("Authorization", bearer));
        assertThat(e.status()).as("status of listMyApplications: %s", e.responseBody()).isEqualTo(200);
        return e.json().path("items");
    }

    /** GET /v1/applications/{id} by this caller. */
    static Exchange read(TestContext ctx, String bearer, String id) {
        return ctx.http().send(HttpCall.get("/v1/applications/" + id).header("Authorization", bearer));
    }

    /** The application as this caller reads it now, failing unless it answers 200. */
    static Snapshot current(TestContext ctx, String bearer, String id) {
        Exchange e = read(ctx, bearer, id);
        assertThat(e.status()).as("status of getApplication %s: %s", id, e.responseBody()).isEqualTo(200);
        return new Snapshot(e.json(), e.header("ETag").orElse(null));
    }

    /** transitionApplication (an officer action) with the snapshot's ETag; {@code reason} may be null. */
    static Exchange transition(TestContext ctx, String bearer, Snapshot app, String action, String reason) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("action", action);
        if (reason != null) {
            body.put("reason", reason);
        }
        return post(ctx, bearer, "/v1/applications/" + app.id() + "/transitions", app.etag(),
                UUID.randomUUID().toString(), body);
    }

    /** The officer's transition, failing unless it answers 200; answers the new snapshot. */
    static Snapshot advanced(TestContext ctx, Snapshot app, String action, String reason) {
        return succeeded(transition(ctx, officer(ctx), app, action, reason), action);
    }

    /** The officer moves the application through these actions in turn (reasons given where required). */
    static Snapshot advancedThrough(TestContext ctx, Snapshot app, String... actions) {
        Snapshot now = app;
        for (String action : actions) {
            now = advanced(ctx, now, action, "Alasan uji kesesuaian untuk " + action);
        }
        return now;
    }

    /** cancelApplication by the applicant with the snapshot's ETag; {@code reason} may be null. */
    static Exchange cancel(TestContext ctx, String bearer, Snapshot app, String reason) {
        ObjectNode body = Accounts.JSON.createObjectNode();
        if (reason != null) {
            body.put("reason", reason);
        }
        return post(ctx, bearer, "/v1/applications/" + app.id() + "/cancellation", app.etag(),
                UUID.randomUUID().toString(), body);
    }

    /** reviseApplication by the applicant with the snapshot's ETag. */
    static Exchange revise(TestContext ctx, String bearer, Snapshot app, JsonNode revision) {
        return post(ctx, bearer, "/v1/applications/" + app.id() + "/revisions", app.etag(),
                UUID.randomUUID().toString(), revision);
    }

    /** A JSON POST with these (optional) If-Match and Idempotency-Key headers. */
    static Exchange post(TestContext ctx, String bearer, String path, String ifMatch, String idempotencyKey,
            JsonNode body) {
        HttpCall call = HttpCall.method("POST", path).header("Authorization", bearer)
                .body("application/json", body.toString());
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            call.header("Idempotency-Key", idempotencyKey);
        }
        return ctx.http().send(call);
    }

    /** The new snapshot of a change that must have answered 200. */
    static Snapshot succeeded(Exchange e, String what) {
        assertThat(e.status()).as("status of %s: %s", what, e.responseBody()).isEqualTo(200);
        return new Snapshot(e.json(), e.header("ETag").orElse(null));
    }
}
