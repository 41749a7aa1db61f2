package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Applications.advanced;
import static id.mpp.conformance.tests.Applications.current;
import static id.mpp.conformance.tests.Applications.officer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.tests.Applications.Snapshot;
import id.mpp.conformance.tests.Applications.Submitted;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The citizen's revision of an application the handling agency sent back (NEEDS_REVISION). */
@Profile("applications")
public class ApplicationRevisionTests {

    @Requirement({"APP-029", "APP-030", "APP-012"})
    public void aRevisionIsValidatedLikeASubmissionAndRefusalsChangeNothing(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        Snapshot needs = sentBack(ctx, s);
        assertThat(needs.json().path("overdue").asBoolean()).as("overdue in NEEDS_REVISION").isFalse();
        Snapshot mine = current(ctx, citizen, s.id());
        assertThat(ApplicationChecks.texts(mine.json().path("allowed_actions")))
                .as("the applicant's allowed_actions in NEEDS_REVISION").containsExactlyInAnyOrder("REVISE", "CANCEL");

        assertProblem(Applications.revise(ctx, citizen, mine, Accounts.JSON.createObjectNode().put("note", "kosong")), 400,
                "validation-error");
        String field = s.service().path("form_schema").path("required").get(0).asText();
        ObjectNode badForm = Accounts.JSON.createObjectNode();
        badForm.putObject("form").set(field, wrongType(s.service(), field));
        assertThat(pointers(assertProblem(Applications.revise(ctx, citizen, mine, badForm), 400, "validation-error")))
                .as("pointers of a form breaking the schema").contains("#/form/" + field);
        String type = s.documents().keySet().iterator().next();
        ObjectNode unknown = Accounts.JSON.createObjectNode();
        unknown.putArray("documents").addObject().put("document_type", type)
                .put("document_id", "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W");
        JsonNode problem = assertProblem(Applications.revise(ctx, citizen, mine, unknown), 422, "requirements-not-met");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/0");
            assertThat(err.path("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        });
        ApplicationChecks.assertUnchanged(ctx, needs);

        ObjectNode formOnly = Accounts.JSON.createObjectNode();
        formOnly.set("form", Applications.validForm(s.service()));
        Snapshot revised = Applications.succeeded(Applications.revise(ctx, citizen, mine, formOnly), "reviseApplication");
        assertThat(revised.status()).isEqualTo("IN_REVIEW");
        JsonNode last = revised.json().path("timeline").get(revised.json().path("timeline").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("REVISE");
        assertThat(last.path("actor").path("type").asText()).isEqualTo("CITIZEN");
        LocalDate revisedOn = WorkingDays.dateOf(last.path("occurred_at").asText(),
                WorkingDays.zone(ctx, s.application().path("region_code").asText()));
        WorkingDays.assertDueDate(LocalDate.parse(revised.json().path("due_date").asText()), revisedOn,
                s.service().path("sla_working_days").asInt());
        assertProblem(Applications.revise(ctx, citizen, revised, formOnly), 409, "invalid-transition");
    }

    @Requirement({"APP-031", "DOC-026", "DOC-028"})
    public void aRevisedDocumentReplacesTheOldOneWhoseGrantExpiresAtOnce(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String type = s.documents().keySet().iterator().next();
        String replaced = s.documents().get(type);
        String replacement = Applications.upload(ctx, citizen, type).path("id").asText();
        Map<String, JsonNode> grants = grants(ctx, citizen, s.id());
        assertThat(grants.keySet()).as("documents granted at submission").containsExactlyInAnyOrderElementsOf(s.documents().values());
        for (JsonNode g : grants.values()) {
            assertThat(g.path("status").asText()).as("status of %s", g.path("id")).isEqualTo("ACTIVE");
            assertThat(g.has("expires_at")).as("expires_at of an open application's grant").isFalse();
            assertThat(g.path("tracking_number").asText()).isEqualTo(s.snapshot().trackingNumber());
            assertThat(g.path("agency_id").asText()).isEqualTo(Applications.agency(ctx));
        }
        assertThat(grantsOfDocument(ctx, citizen, replacement)).as("grants of another document of the same type").isEmpty();

        Snapshot needs = sentBack(ctx, s);
        ObjectNode revision = Accounts.JSON.createObjectNode();
        var documents = revision.putArray("documents");
        documents.addObject().put("document_type", type).put("document_id", replacement);
        String added = null;
        String addedType = optionalType(s.service());
        if (addedType != null) {
            added = Applications.upload(ctx, citizen, addedType).path("id").asText();
            documents.addObject().put("document_type", addedType).put("document_id", added);
        }
        Snapshot revised = Applications.succeeded(Applications.revise(ctx, citizen, current(ctx, citizen, s.id()), revision),
                "reviseApplication");
        Map<String, String> attached = new HashMap<>();
        revised.json().path("documents").forEach(d -> attached.put(d.path("document_type").asText(), d.path("document_id").asText()));
        Map<String, String> expected = new HashMap<>(s.documents());
        expected.put(type, replacement);
        if (added != null) {
            expected.put(addedType, added);
        }
        assertThat(attached).as("documents after the revision").isEqualTo(expected);

        Map<String, JsonNode> after = grants(ctx, citizen, s.id());
        assertThat(after.get(replaced).path("status").asText()).as("grant of the replaced document").isEqualTo("EXPIRED");
        for (String id : expected.values()) {
            assertThat(after.get(id)).as("grant of %s", id).isNotNull();
            assertThat(after.get(id).path("status").asText()).as("grant of %s", id).isEqualTo("ACTIVE");
        }
        assertProblem(Documents.get(ctx, officer(ctx), "/v1/applications/" + s.id() + "/documents/" + replaced), 404,
                "not-found");
        assertThat(Documents.get(ctx, officer(ctx), "/v1/applications/" + s.id() + "/documents/" + replacement).status())
                .as("the agency reads the replacement").isEqualTo(200);
        assertThat(needs.status()).isEqualTo("NEEDS_REVISION");
    }

    /** The officer starts the review and asks for a revision. */
    static Snapshot sentBack(TestContext ctx, Submitted s) {
        Snapshot reviewing = advanced(ctx, s.snapshot(), "START_REVIEW", null);
        return advanced(ctx, reviewing, "REQUEST_REVISION", "Pindaian dokumen tidak terbaca, unggah ulang.");
    }

    /** The grants of the citizen's documents for this application, by document ID. */
    static Map<String, JsonNode> grants(TestContext ctx, String citizen, String applicationId) {
        Exchange e = Documents.get(ctx, citizen, "/v1/document-grants?page_size=100&application_id=" + applicationId);
        assertThat(e.status()).as("status of listDocumentGrants: %s", e.responseBody()).isEqualTo(200);
        Map<String, JsonNode> byDocument = new HashMap<>();
        for (JsonNode g : e.json().path("items")) {
            assertThat(g.path("application_id").asText()).isEqualTo(applicationId);
            assertThat(byDocument.put(g.path("document_id").asText(), g)).as("one grant per document").isNull();
        }
        return byDocument;
    }

    static JsonNode grantsOfDocument(TestContext ctx, String citizen, String documentId) {
        Exchange e = Documents.get(ctx, citizen, "/v1/document-grants?page_size=100&document_id=" + documentId);
        assertThat(e.status()).as("status of listDocumentGrants: %s", e.responseBody()).isEqualTo(200);
        return e.json().path("items");
    }

    /** A requirement type of the service that is not required and takes an upload, or null. */
    private static String optionalType(JsonNode service) {
        for (JsonNode r : service.path("requirements")) {
            if (!r.path("required").asBoolean() && r.path("accepted_statuses").toString().contains("\"UPLOADED\"")) {
                return r.path("document_type").asText();
            }
        }
        return null;
    }

    /** A value of the wrong JSON type for this form field. */
    private static JsonNode wrongType(JsonNode service, String field) {
        String type = service.path("form_schema").path("properties").path(field).path("type").asText("string");
        return "string".equals(type) ? Accounts.JSON.getNodeFactory().numberNode(12345)
                : Accounts.JSON.getNodeFactory().textNode("bukan angka");
    }
}
