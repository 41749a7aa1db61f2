package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Applications.officer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.ConformanceHttpClient.BinaryExchange;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import id.mpp.conformance.tests.Applications.Submitted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The documents of an application: the agency's reads and verification through grants, and the citizen's side. */
@Profile("documents")
public class ApplicationDocumentTests {

    @Requirement({"APP-014", "DOC-028"})
    public void theHandlingAgencyReadsOnlyTheAttachedDocumentsOfItsOwnApplications(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        Map<String, JsonNode> grants = ApplicationRevisionTests.grants(ctx, citizen, s.id());
        assertThat(grants.keySet()).as("documents granted").containsExactlyInAnyOrderElementsOf(s.documents().values());
        grants.values().forEach(g -> assertThat(g.path("status").asText()).as("status of %s", g.path("id")).isEqualTo("ACTIVE"));
        grants.values().forEach(g -> assertThat(g.path("agency_id").asText()).isEqualTo(Applications.agency(ctx)));
        for (String id : s.documents().values()) {
            Exchange e = view(ctx, s.id(), id);
            assertThat(e.status()).as("the agency's getApplicationDocument of %s: %s", id, e.responseBody()).isEqualTo(200);
            assertThat(e.json().path("id").asText()).isEqualTo(id);
        }
        String type = s.documents().keySet().iterator().next();
        String notAttached = Applications.upload(ctx, citizen, type).path("id").asText();
        Submitted elsewhere = Applications.submitted(ctx, citizen, Applications.otherAgencysService(ctx));
        List<String> refused = new ArrayList<>();
        refused.add("/v1/applications/" + s.id() + "/documents/" + notAttached);
        refused.add("/v1/applications/" + s.id() + "/documents/doc_01JD8Q3M5X4V2K7N9P0R6S1T8W");
        refused.add("/v1/applications/app_01JDZAB5RRB146VH73JNXM23H3/documents/" + s.documents().get(type));
        for (String id : elsewhere.documents().values()) {
            refused.add("/v1/applications/" + elsewhere.id() + "/documents/" + id);
        }
        for (String path : refused) {
            assertProblem(Documents.get(ctx, officer(ctx), path), 404, "not-found");
        }
        assertProblem(ctx.http().send(HttpCall.get(refused.get(0) + "/content").header("Authorization", officer(ctx))), 404,
                "not-found");
        assertThat(accessLog(ctx, citizen, "document_id=" + notAttached)).as("access log of the refused reads").isEmpty();
        assertThat(accessLog(ctx, citizen, "application_id=" + elsewhere.id())).as("access log of the other agency's application")
                .isEmpty();
    }

    @Requirement({"DOC-030"})
    public void everyReadOfTheAgencyIsInTheOwnersAccessLogButA304IsNot(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String doc = s.documents().values().iterator().next();
        Exchange view = view(ctx, s.id(), doc);
        assertThat(view.status()).isEqualTo(200);
        BinaryExchange download = ctx.http().sendForBytes(HttpCall.get(contentPath(s.id(), doc)).header("Authorization", officer(ctx)));
        assertThat(download.exchange().status()).as("status of the agency's download").isEqualTo(200);
        String etag = download.exchange().header("ETag").orElseThrow();
        BinaryExchange notModified = ctx.http().sendForBytes(HttpCall.get(contentPath(s.id(), doc))
                .header("Authorization", officer(ctx)).header("If-None-Match", etag));
        assertThat(notModified.exchange().status()).as("status of a download with a matching If-None-Match").isEqualTo(304);
        Exchange verified = verify(ctx, s.id(), doc, view.header("ETag").orElse(null), "VERIFIED", null);
        assertThat(verified.status()).as("status of the verification: %s", verified.responseBody()).isEqualTo(200);

        JsonNode log = accessLog(ctx, citizen, "document_id=" + doc);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : log) {
            actions.add(entry.path("action").asText());
            JsonNode actor = entry.path("actor");
            assertThat(actor.path("type").asText()).as("actor.type").isIn("OFFICER", "AGENCY_SYSTEM");
            assertThat(actor.path("agency_id").asText()).as("actor.agency_id").isEqualTo(Applications.agency(ctx));
            assertThat(actor.path("client_name").asText()).as("actor.client_name").isNotBlank();
            if (actor.path("type").asText().equals("OFFICER")) {
                assertThat(actor.path("officer_name").asText()).as("actor.officer_name").isNotBlank();
            }
            assertThat(entry.path("application_id").asText()).isEqualTo(s.id());
            assertThat(entry.path("tracking_number").asText()).isEqualTo(s.snapshot().trackingNumber());
        }
        assertThat(actions).as("access log of the document, newest first").containsExactly("VERIFY", "DOWNLOAD", "READ_METADATA");
    }

    @Requirement({"DOC-034", "DOC-035", "DOC-038"})
    public void theHandlingAgencysVerificationIsWhatTheCitizenSees(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String doc = s.documents().values().iterator().next();
        Exchange view = view(ctx, s.id(), doc);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().has("open_application_count")).as("open_application_count in the agency's view").isFalse();
        JsonNode before = Documents.get(ctx, citizen, "/v1/documents/" + doc).json();

        JsonNode problem = assertProblem(verify(ctx, s.id(), doc, view.header("ETag").orElse(null), "REJECTED", null), 400,
                "validation-error");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/reason");
            assertThat(err.path("code").asText()).isEqualTo("REQUIRED");
        });
        assertThat(Documents.get(ctx, citizen, "/v1/documents/" + doc).json()).as("the document after the refusal")
                .isEqualTo(before);

        Exchange e = verify(ctx, s.id(), doc, view.header("ETag").orElse(null), "REJECTED", "Pindaian buram.");
        assertThat(e.status()).as("status of the verification: %s", e.responseBody()).isEqualTo(200);
        JsonNode answered = e.json();
        assertThat(answered.has("open_application_count")).as("open_application_count in the agency's view").isFalse();
        JsonNode v = answered.path("verification");
        assertThat(answered.path("status").asText()).isEqualTo("REJECTED");
        assertThat(v.path("status").asText()).isEqualTo("REJECTED");
        assertThat(v.path("agency_id").asText()).isEqualTo(Applications.agency(ctx));
        assertThat(v.path("verified_by").asText()).as("verification.verified_by").isNotBlank();
        assertThat(v.path("application_id").asText()).as("verification.application_id").isEqualTo(s.id());
        assertThat(v.path("tracking_number").asText()).isEqualTo(s.snapshot().trackingNumber());
        assertThat(v.path("verified_at").asText()).isNotBlank();
        assertThat(v.path("reason").asText()).isEqualTo("Pindaian buram.");

        JsonNode seen = Documents.get(ctx, citizen, "/v1/documents/" + doc).json();
        assertThat(seen.path("status").asText()).as("status the citizen sees").isEqualTo("REJECTED");
        for (String member : List.of("status", "agency_id", "verified_at", "reason", "application_id")) {
            assertThat(seen.path("verification").path(member)).as("verification.%s the citizen sees", member)
                    .isEqualTo(v.path(member));
        }
    }

    @Requirement({"DOC-036"})
    public void aClosedApplicationsDocumentOrAnIssuedOneCannotBeVerified(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String doc = s.documents().values().iterator().next();
        String etag = view(ctx, s.id(), doc).header("ETag").orElse(null);
        var completed = Applications.advancedThrough(ctx, s.snapshot(), "START_REVIEW", "APPROVE", "COMPLETE");
        assertProblem(verify(ctx, s.id(), doc, etag, "VERIFIED", null), 409, "conflict");
        JsonNode document = Documents.get(ctx, citizen, "/v1/documents/" + doc).json();
        assertThat(document.path("status").asText()).as("status after the refusal").isEqualTo("UPLOADED");

        String output = completed.json().path("output_document_id").asText();
        String outputType = s.service().path("output").path("document_type").asText();
        JsonNode taking = serviceTaking(ctx, outputType);
        Map<String, String> docs = new java.util.LinkedHashMap<>(Applications.requiredUploads(ctx, citizen, taking));
        docs.put(outputType, output);
        Submitted withIssued = Applications.submitted(ctx, citizen, taking, docs);
        Exchange issuedView = view(ctx, withIssued.id(), output);
        assertThat(issuedView.status()).as("the agency reads the issued document it was given").isEqualTo(200);
        assertProblem(verify(ctx, withIssued.id(), output, issuedView.header("ETag").orElse(null), "REJECTED", "Uji."),
                409, "conflict");
        assertThat(Documents.get(ctx, citizen, "/v1/documents/" + output).json().path("status").asText())
                .isEqualTo("VERIFIED");
    }

    @Requirement({"DOC-037", "APP-007"})
    public void aRejectedDocumentCannotBeAttachedAgainButStaysTheOwners(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String type = s.documents().keySet().iterator().next();
        String doc = s.documents().get(type);
        Exchange rejected = verify(ctx, s.id(), doc, view(ctx, s.id(), doc).header("ETag").orElse(null), "REJECTED",
                "Bukan dokumen pemohon.");
        assertThat(rejected.status()).as("status of the rejection: %s", rejected.responseBody()).isEqualTo(200);

        ObjectNode body = Applications.body(s.service(), Applications.validForm(s.service()), s.documents());
        int index = indexOf(body, type);
        JsonNode problem = assertProblem(Applications.submit(ctx, citizen, body), 422, "requirements-not-met");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/" + index);
            assertThat(err.path("code").asText()).isEqualTo("DOCUMENT_REJECTED");
        });
        assertThat(ApplicationRevisionTests.grantsOfDocument(ctx, citizen, doc)).as("grants of the rejected document")
                .hasSize(1);
        JsonNode kept = Documents.get(ctx, citizen, "/v1/documents/" + doc).json();
        assertThat(kept.path("status").asText()).isEqualTo("REJECTED");
        assertThat(Documents.download(ctx, citizen, doc, null, null).exchange().status()).as("the owner's download")
                .isEqualTo(200);
        Applications.succeeded(Applications.cancel(ctx, citizen, Applications.current(ctx, citizen, s.id()), null), "cancel");
        Exchange deleted = ctx.http().send(HttpCall.method("DELETE", "/v1/documents/" + doc).header("Authorization", citizen)
                .header("If-Match", Documents.get(ctx, citizen, "/v1/documents/" + doc).header("ETag").orElse("")));
        assertThat(deleted.status()).as("the owner deletes it once no open application uses it: %s", deleted.responseBody())
                .isEqualTo(204);

        JsonNode strict = serviceNeedingVerified(ctx);
        String strictType = null;
        for (JsonNode r : strict.path("requirements")) {
            if (!r.path("accepted_statuses").toString().contains("\"UPLOADED\"")) {
                strictType = r.path("document_type").asText();
            }
        }
        String uploaded = Applications.upload(ctx, citizen, strictType).path("id").asText();
        ObjectNode strictBody = Applications.body(strict, Applications.validForm(strict), Map.of(strictType, uploaded));
        JsonNode notAccepted = assertProblem(Applications.submit(ctx, citizen, strictBody), 422, "requirements-not-met");
        assertThat(notAccepted.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/0");
            assertThat(err.path("code").asText()).isEqualTo("DOCUMENT_STATUS_NOT_ACCEPTED");
        });
    }

    @Requirement({"DOC-023"})
    public void aDocumentOfAnOpenApplicationCannotBeDeleted(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String doc = s.documents().values().iterator().next();
        Exchange before = Documents.get(ctx, citizen, "/v1/documents/" + doc);
        JsonNode problem = assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/documents/" + doc)
                .header("Authorization", citizen).header("If-Match", before.header("ETag").orElse(""))), 409,
                "document-in-use");
        assertThat(problem.path("detail").asText()).as("detail").contains(s.snapshot().trackingNumber());
        Exchange after = Documents.get(ctx, citizen, "/v1/documents/" + doc);
        assertThat(after.json()).as("the document after the refusal").isEqualTo(before.json());
        assertThat(after.json().path("open_application_count").asInt()).as("open_application_count").isPositive();
        assertThat(Documents.download(ctx, citizen, doc, null, null).exchange().status()).isEqualTo(200);
    }

    static Exchange view(TestContext ctx, String applicationId, String documentId) {
        return Documents.get(ctx, officer(ctx), "/v1/applications/" + applicationId + "/documents/" + documentId);
    }

    static String contentPath(String applicationId, String documentId) {
        return "/v1/applications/" + applicationId + "/documents/" + documentId + "/content";
    }

    /** verifyApplicationDocument by the agency back-end; {@code reason} may be null. */
    static Exchange verify(TestContext ctx, String applicationId, String documentId, String ifMatch, String outcome,
            String reason) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Applications.post(ctx, officer(ctx), "/v1/applications/" + applicationId + "/documents/" + documentId
                + "/verification", ifMatch, UUID.randomUUID().toString(), body);
    }

    static JsonNode accessLog(TestContext ctx, String citizen, String query) {
        Exchange e = Documents.get(ctx, citizen, "/v1/document-access-log?page_size=100&" + query);
        assertThat(e.status()).as("status of listDocumentAccessLog: %s", e.responseBody()).isEqualTo(200);
        return e.json().path("items");
    }

    private static int indexOf(ObjectNode body, String type) {
        JsonNode docs = body.path("documents");
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).path("document_type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no document of type " + type);
    }

    /** A service of the back-end's agency with a requirement of this type that takes uploads for the others. */
    private static JsonNode serviceTaking(TestContext ctx, String type) {
        for (JsonNode s : Applications.services(ctx)) {
            if (s.path("agency_id").asText().equals(Applications.agency(ctx))
                    && s.path("requirements").toString().contains("\"document_type\":\"" + type + "\"")) {
                boolean others = true;
                for (JsonNode r : s.path("requirements")) {
                    others &= !r.path("required").asBoolean() || r.path("document_type").asText().equals(type)
                            || r.path("accepted_statuses").toString().contains("\"UPLOADED\"");
                }
                if (others) {
                    return s;
                }
            }
        }
        throw new AssertionError("no service of " + Applications.agency(ctx) + " takes a document of type " + type);
    }

    /** An active service with a requirement that accepts only VERIFIED documents. */
    private static JsonNode serviceNeedingVerified(TestContext ctx) {
        for (JsonNode s : Applications.services(ctx)) {
            for (JsonNode r : s.path("requirements")) {
                if (s.path("active").asBoolean(true) && Applications.simpleForm(s)
                        && !r.path("accepted_statuses").toString().contains("\"UPLOADED\"")) {
                    return s;
                }
            }
        }
        throw new AssertionError("no active service with a requirement accepting only VERIFIED documents");
    }
}
