package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Applications.advanced;
import static id.mpp.conformance.tests.Applications.current;
import static id.mpp.conformance.tests.Applications.officer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.tests.Applications.Snapshot;
import id.mpp.conformance.tests.Applications.Submitted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** An application through the state machine: submission, review, decision, completion, cancellation. */
@Profile("applications")
public class ApplicationLifecycleTests {

    @Requirement({"APP-001", "APP-010", "APP-011", "APP-013"})
    public void aSubmissionAnswers201InSubmittedWithOneTimelineEntryAndADueDate(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        JsonNode app = s.application();
        assertThat(app.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(s.location()).as("Location").endsWith("/v1/applications/" + s.id());
        assertThat(s.etag()).as("ETag").isNotBlank();
        assertThat(app.path("timeline")).as("timeline").hasSize(1);
        assertThat(app.path("timeline").get(0).path("actor").path("type").asText()).isEqualTo("CITIZEN");
        assertThat(app.path("timeline").get(0).path("to_status").asText()).isEqualTo("SUBMITTED");
        assertThat(current(ctx, ctx.bearer(Applications.CITIZEN), s.id()).json()).as("getApplication").isEqualTo(app);

        String region = app.path("region_code").asText();
        ZoneId zone = WorkingDays.zone(ctx, region);
        LocalDate submitted = WorkingDays.dateOf(app.path("submitted_at").asText(), zone);
        assertThat(s.snapshot().trackingNumber()).matches("^MPP-[0-9]{4}-[0-9]{4}-[0-9]{6}$")
                .startsWith("MPP-" + region.replace(".", "") + "-" + submitted.getYear() + "-");
        Submitted again = Applications.submitted(ctx, ctx.bearer(Applications.CITIZEN), s.service(), s.documents());
        assertThat(again.snapshot().trackingNumber()).as("a second application's number").isNotEqualTo(s.snapshot().trackingNumber());

        int sla = s.service().path("sla_working_days").asInt();
        assertThat(app.path("sla_working_days").asInt()).as("sla_working_days").isEqualTo(sla);
        LocalDate due = LocalDate.parse(app.path("due_date").asText());
        WorkingDays.assertDueDate(due, submitted, sla);
        assertThat(app.path("overdue").asBoolean()).as("overdue of a new application due %s", due)
                .isEqualTo(LocalDate.now(zone).isAfter(due));
    }

    @Requirement({"APP-021", "APP-022", "APP-023"})
    public void theHandlingOfficerReadsTheApplicantsIdAndNameButNoNik(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        Snapshot byOfficer = current(ctx, officer(ctx), s.id());
        JsonNode applicant = byOfficer.json().path("applicant");
        assertThat(applicant.path("id").asText()).as("applicant.id").isEqualTo(s.application().path("applicant").path("id").asText());
        assertThat(applicant.path("name").asText()).as("applicant.name").isNotBlank();
        assertThat(byOfficer.json().findValues("nik")).as("members named nik").isEmpty();
        assertThat(byOfficer.json().findValues("nik_masked")).as("members named nik_masked").isEmpty();
        assertThat(byOfficer.json().findValuesAsText("name")).as("names").noneMatch(v -> v.matches("[0-9]{16}"));
        assertThat(ApplicationChecks.texts(applicant)).as("values of applicant").noneMatch(v -> v.matches("[0-9]{16}"));
        assertThat(ApplicationChecks.texts(byOfficer.json().path("allowed_actions"))).as("the officer's allowed_actions in SUBMITTED")
                .containsExactly("START_REVIEW");
        Snapshot byCitizen = current(ctx, ctx.bearer(Applications.CITIZEN), s.id());
        assertThat(ApplicationChecks.texts(byCitizen.json().path("allowed_actions"))).as("the applicant's allowed_actions in SUBMITTED")
                .containsExactly("CANCEL");
        assertThat(byCitizen.etag()).as("ETag of a read without a change").isEqualTo(s.etag());
        assertThat(current(ctx, ctx.bearer(Applications.CITIZEN), s.id()).etag()).as("ETag read again").isEqualTo(s.etag());
    }

    @Requirement({"APP-022", "APP-023", "APP-027", "APP-028", "APP-032", "APP-033", "APP-034", "DOC-039", "DOC-040"})
    public void approvingAndCompletingIssuesTheOutputIntoTheApplicantsVault(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        Snapshot reviewing = advanced(ctx, s.snapshot(), "START_REVIEW", null);
        assertThat(ApplicationChecks.texts(reviewing.json().path("allowed_actions"))).as("officer's allowed_actions in IN_REVIEW")
                .containsExactlyInAnyOrder("REQUEST_REVISION", "APPROVE", "REJECT");
        assertThat(ApplicationChecks.texts(current(ctx, citizen, s.id()).json().path("allowed_actions"))).as("applicant's in IN_REVIEW")
                .containsExactly("CANCEL");
        Snapshot approved = advanced(ctx, reviewing, "APPROVE", "Persyaratan lengkap dan sesuai.");
        assertThat(ApplicationChecks.texts(approved.json().path("allowed_actions"))).as("officer's in APPROVED").containsExactly("COMPLETE");
        JsonNode decision = approved.json().path("decision");
        assertThat(decision.path("outcome").asText()).as("decision.outcome").isEqualTo("APPROVED");
        assertThat(decision.path("decided_at").asText()).as("decision.decided_at").isNotBlank();
        assertThat(decision.path("decided_by").path("type").asText()).as("decision.decided_by.type").isIn("OFFICER", "AGENCY_SYSTEM");
        assertThat(decision.path("reason").asText()).isEqualTo("Persyaratan lengkap dan sesuai.");
        Snapshot approvedForCitizen = current(ctx, citizen, s.id());
        assertThat(ApplicationChecks.texts(approvedForCitizen.json().path("allowed_actions"))).as("applicant's in APPROVED").isEmpty();
        JsonNode refused = assertProblem(Applications.cancel(ctx, citizen, approvedForCitizen, null), 409,
                "invalid-transition");
        assertThat(refused.path("allowed_actions")).as("allowed_actions of cancelling an APPROVED application").isEmpty();

        Snapshot completed = advanced(ctx, approved, "COMPLETE", null);
        assertThat(List.of(s.etag(), reviewing.etag(), approved.etag(), completed.etag())).as("ETag after each change")
                .doesNotHaveDuplicates();
        JsonNode app = completed.json();
        assertThat(app.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(app.path("closed_at").asText()).as("closed_at").isNotBlank();
        assertThat(app.path("allowed_actions")).as("officer's allowed_actions in COMPLETED").isEmpty();
        ApplicationChecks.assertTimeline(app.path("timeline"), s.application().path("timeline").get(0), ctx,
                new String[][] {{"START_REVIEW", "SUBMITTED", "IN_REVIEW"}, {"APPROVE", "IN_REVIEW", "APPROVED"},
                    {"COMPLETE", "APPROVED", "COMPLETED"}});
        assertThat(app.path("timeline").get(2).path("reason").asText()).as("reason of the APPROVE entry")
                .isEqualTo("Persyaratan lengkap dan sesuai.");

        String output = app.path("output_document_id").asText();
        assertThat(output).as("output_document_id").isNotBlank();
        Exchange doc = Documents.get(ctx, citizen, "/v1/documents/" + output);
        assertThat(doc.status()).as("the applicant's getDocument of the output: %s", doc.responseBody()).isEqualTo(200);
        JsonNode issued = doc.json();
        assertThat(issued.path("owner").asText()).isEqualTo(app.path("applicant").path("id").asText());
        assertThat(issued.path("document_type").asText()).isEqualTo(s.service().path("output").path("document_type").asText());
        assertThat(issued.path("origin").asText()).isEqualTo("ISSUED");
        assertThat(issued.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(issued.path("verification").path("agency_id").asText()).isEqualTo(Applications.agency(ctx));
        assertThat(issued.path("issued").path("agency_id").asText()).isEqualTo(Applications.agency(ctx));
        assertThat(issued.path("issued").path("application_id").asText()).isEqualTo(s.id());
        assertThat(issued.path("issued").path("tracking_number").asText()).isEqualTo(s.snapshot().trackingNumber());
        assertThat(issued.path("issued").path("verification_code").asText()).isNotBlank();
        assertThat(issued.path("issued").path("issued_at").asText()).isNotBlank();
        assertThat(issued.path("issued").path("status").asText()).isEqualTo("VALID");
        Exchange vault = Documents.get(ctx, citizen, "/v1/documents?origin=ISSUED&page_size=100");
        assertThat(vault.status()).as("status of listDocuments: %s", vault.responseBody()).isEqualTo(200);
        assertThat(vault.json().path("items").findValuesAsText("id")).as("the newest issued documents of the applicant")
                .contains(output);
        assertPublicCheck(ctx, issued, app.path("applicant").path("name").asText());

        ApplicationChecks.assertGrantsExpireAfterClosing(ctx, citizen, s, app.path("closed_at").asText());
        assertThat(current(ctx, citizen, s.id()).json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(current(ctx, officer(ctx), s.id()).json().path("status").asText()).isEqualTo("COMPLETED");
    }

    @Requirement({"APP-026", "APP-032", "APP-034"})
    public void rejectingOrAskingForARevisionNeedsAReasonAndARejectionClosesTheApplication(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        Snapshot reviewing = advanced(ctx, s.snapshot(), "START_REVIEW", null);
        assertThat(pointers(assertProblem(Applications.transition(ctx, officer(ctx), reviewing, "REJECT", null),
                400, "validation-error"))).contains("#/reason");
        assertThat(pointers(assertProblem(Applications.transition(ctx, officer(ctx), reviewing, "REJECT", ""),
                400, "validation-error"))).contains("#/reason");
        assertThat(pointers(assertProblem(Applications.transition(ctx, officer(ctx), reviewing, "REQUEST_REVISION", null),
                400, "validation-error"))).contains("#/reason");
        assertThat(current(ctx, officer(ctx), s.id()).etag()).as("ETag after the refusals").isEqualTo(reviewing.etag());

        Snapshot rejected = advanced(ctx, reviewing, "REJECT", "Dokumen tidak sesuai data kependudukan.");
        JsonNode app = rejected.json();
        assertThat(app.path("status").asText()).isEqualTo("REJECTED");
        assertThat(app.path("closed_at").asText()).as("closed_at").isNotBlank();
        assertThat(app.path("decision").path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(app.path("decision").path("reason").asText()).isEqualTo("Dokumen tidak sesuai data kependudukan.");
        assertThat(app.path("decision").path("decided_at").asText()).isNotBlank();
        assertThat(app.path("decision").path("decided_by").path("name").asText()).isNotBlank();
        assertThat(app.path("allowed_actions")).isEmpty();
        ApplicationChecks.assertGrantsExpireAfterClosing(ctx, ctx.bearer(Applications.CITIZEN), s, app.path("closed_at").asText());
        assertThat(current(ctx, ctx.bearer(Applications.CITIZEN), s.id()).json().path("status").asText()).isEqualTo("REJECTED");
    }

    @Requirement({"APP-028", "APP-034", "APP-010", "APP-023"})
    public void cancellingASubmittedApplicationClosesItForGoodAndItsNumberIsNotReused(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        Snapshot cancelled = Applications.succeeded(Applications.cancel(ctx, citizen, s.snapshot(), "Salah pilih layanan."),
                "cancelApplication");
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("closed_at").asText()).as("closed_at").isNotBlank();
        assertThat(cancelled.json().path("allowed_actions")).as("allowed_actions in CANCELLED").isEmpty();
        JsonNode again = assertProblem(Applications.cancel(ctx, citizen, cancelled, null), 409, "invalid-transition");
        assertThat(again.path("allowed_actions")).as("allowed_actions of a second cancellation").isEmpty();
        assertThat(current(ctx, officer(ctx), s.id()).json().path("allowed_actions")).as("officer's in CANCELLED").isEmpty();
        ApplicationChecks.assertGrantsExpireAfterClosing(ctx, citizen, s, cancelled.json().path("closed_at").asText());

        Submitted next = Applications.submitted(ctx, citizen, s.service(), s.documents());
        assertThat(next.snapshot().trackingNumber()).as("the number after a cancellation")
                .isNotEqualTo(s.snapshot().trackingNumber());
    }

    @Requirement({"APP-024", "APP-025"})
    public void actionsTheStateMachineDoesNotAllowAndStaleOrMissingETagsChangeNothing(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        Snapshot now = s.snapshot();
        JsonNode approve = assertProblem(Applications.transition(ctx, officer(ctx), now, "APPROVE", "x"), 409,
                "invalid-transition");
        assertThat(ApplicationChecks.texts(approve.path("allowed_actions"))).as("allowed_actions of APPROVE in SUBMITTED")
                .containsExactly("START_REVIEW");
        JsonNode revise = assertProblem(Applications.transition(ctx, officer(ctx), now, "REVISE", null), 409,
                "invalid-transition");
        assertThat(ApplicationChecks.texts(revise.path("allowed_actions"))).as("allowed_actions of a citizen action").containsExactly("START_REVIEW");

        Snapshot stale = new Snapshot(now.json(), "\"konformansi-basi\"");
        assertProblem(Applications.transition(ctx, officer(ctx), stale, "START_REVIEW", null), 412, "precondition-failed");
        assertProblem(Applications.cancel(ctx, citizen, stale, null), 412, "precondition-failed");
        assertProblem(Applications.revise(ctx, citizen, stale, revision(s.service())), 412, "precondition-failed");
        Snapshot noETag = new Snapshot(now.json(), null);
        assertProblem(Applications.transition(ctx, officer(ctx), noETag, "START_REVIEW", null), 428, "precondition-required");
        assertProblem(Applications.cancel(ctx, citizen, noETag, null), 428, "precondition-required");
        assertProblem(Applications.revise(ctx, citizen, noETag, revision(s.service())), 428, "precondition-required");
        ApplicationChecks.assertUnchanged(ctx, now);

        Snapshot reviewing = advanced(ctx, now, "START_REVIEW", null);
        JsonNode complete = assertProblem(Applications.transition(ctx, officer(ctx), reviewing, "COMPLETE", null), 409,
                "invalid-transition");
        assertThat(ApplicationChecks.texts(complete.path("allowed_actions"))).as("allowed_actions of COMPLETE in IN_REVIEW")
                .containsExactlyInAnyOrder("REQUEST_REVISION", "APPROVE", "REJECT");
        JsonNode reviseNow = assertProblem(Applications.revise(ctx, citizen, current(ctx, citizen, s.id()), revision(s.service())), 409,
                "invalid-transition");
        assertThat(ApplicationChecks.texts(reviseNow.path("allowed_actions"))).as("the applicant's allowed_actions in IN_REVIEW")
                .containsExactly("CANCEL");
        ApplicationChecks.assertUnchanged(ctx, reviewing);
    }

    @Requirement({"APP-036", "APP-013"})
    public void theAgencyQueueIsOrderedByDueDateAndEveryFilterNarrowsIt(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        String queue = "/v1/agencies/" + Applications.agency(ctx) + "/applications?page_size=50";
        JsonNode all = queueItems(ctx, queue);
        Comparator<JsonNode> order = Comparator.<JsonNode, LocalDate>comparing(a -> LocalDate.parse(a.path("due_date").asText()))
                .thenComparing(a -> Instant.parse(a.path("submitted_at").asText()))
                .thenComparing(a -> a.path("id").asText());
        for (int i = 1; i < all.size(); i++) {
            assertThat(order.compare(all.get(i - 1), all.get(i))).as("queue order (due_date, submitted_at, id) at %s", i)
                    .isLessThanOrEqualTo(0);
        }
        ZoneId zone = WorkingDays.zone(ctx, s.application().path("region_code").asText());
        LocalDate today = LocalDate.now(zone);
        for (JsonNode a : all) {
            if (a.path("status").asText().equals("NEEDS_REVISION")) {
                assertThat(a.path("overdue").asBoolean()).as("overdue of %s in NEEDS_REVISION", a.path("id")).isFalse();
            }
            if (a.hasNonNull("closed_at") && a.path("region_code").asText().equals(s.application().path("region_code").asText())) {
                LocalDate closed = WorkingDays.dateOf(a.path("closed_at").asText(), zone);
                assertThat(a.path("overdue").asBoolean()).as("overdue of %s closed on %s", a.path("id"), closed)
                        .isEqualTo(closed.isAfter(LocalDate.parse(a.path("due_date").asText())));
            }
            if (List.of("SUBMITTED", "IN_REVIEW", "APPROVED").contains(a.path("status").asText())
                    && a.path("region_code").asText().equals(s.application().path("region_code").asText())) {
                LocalDate due = LocalDate.parse(a.path("due_date").asText());
                if (!today.equals(due) && !today.equals(due.plusDays(1))) {
                    assertThat(a.path("overdue").asBoolean()).as("overdue of %s due %s", a.path("id"), due)
                            .isEqualTo(today.isAfter(due));
                }
            }
        }
        JsonNode byNumber = queueItems(ctx, queue + "&tracking_number=" + s.snapshot().trackingNumber());
        assertThat(byNumber).as("the queue filtered by tracking_number").hasSize(1);
        assertThat(byNumber.get(0).path("id").asText()).isEqualTo(s.id());
        String mine = "&tracking_number=" + s.snapshot().trackingNumber();
        assertThat(queueItems(ctx, queue + mine + "&status=SUBMITTED")).hasSize(1);
        assertThat(queueItems(ctx, queue + mine + "&status=IN_REVIEW")).as("another status").isEmpty();
        assertThat(queueItems(ctx, queue + mine + "&service_id=" + s.service().path("id").asText())).hasSize(1);
        assertThat(queueItems(ctx, queue + mine + "&overdue=true")).as("overdue=true").isEmpty();
        assertThat(queueItems(ctx, queue + mine + "&overdue=false")).hasSize(1);
        String page = "/v1/agencies/" + Applications.agency(ctx) + "/applications?page_size=20";
        for (JsonNode a : queueItems(ctx, page + "&status=SUBMITTED")) {
            assertThat(a.path("status").asText()).isEqualTo("SUBMITTED");
        }
        for (JsonNode a : queueItems(ctx, page + "&overdue=false")) {
            assertThat(a.path("overdue").asBoolean()).isFalse();
        }
    }

    /** Asserts anyone can check the issued document by its code, and learns nothing personal beyond a masked name. */
    private static void assertPublicCheck(TestContext ctx, JsonNode issued, String holderName) {
        Exchange e = ctx.http().get("/v1/issued-documents/" + issued.path("issued").path("verification_code").asText());
        assertThat(e.status()).as("status of verifyIssuedDocument without a token: %s", e.responseBody()).isEqualTo(200);
        JsonNode check = e.json();
        assertThat(check.path("status").asText()).isEqualTo("VALID");
        assertThat(check.path("document_type").asText()).isEqualTo(issued.path("document_type").asText());
        assertThat(check.path("title").asText()).as("title").isNotBlank();
        assertThat(check.path("issued_by").path("agency_id").asText()).isEqualTo(Applications.agency(ctx));
        assertThat(Instant.parse(check.path("issued_at").asText())).isEqualTo(Instant.parse(issued.path("issued").path("issued_at").asText()));
        assertThat(check.path("sha256").asText()).as("sha256 of the issued document").isEqualTo(issued.path("sha256").asText());
        assertThat(check.path("holder_name_masked").asText()).as("holder_name_masked").isNotBlank().isNotEqualTo(holderName);
        assertThat(e.responseBody()).as("the public answer").doesNotContain(holderName)
                .doesNotContain(issued.path("owner").asText()).doesNotContain(issued.path("id").asText())
                .doesNotContain(issued.path("issued").path("application_id").asText()).doesNotContainPattern("\"[0-9]{16}\"");
        assertThat(check.has("nik")).isFalse();
    }

    /** The first page of the officer's queue. */
    private static JsonNode queueItems(TestContext ctx, String path) {
        Exchange e = Documents.get(ctx, officer(ctx), path);
        assertThat(e.status()).as("status of listAgencyApplications %s: %s", path, e.responseBody()).isEqualTo(200);
        return e.json().path("items");
    }

    /** A valid revision body (it is refused for other reasons first). */
    private static JsonNode revision(JsonNode service) {
        com.fasterxml.jackson.databind.node.ObjectNode body = Accounts.JSON.createObjectNode();
        body.put("note", "Uji kesesuaian");
        body.set("form", Applications.validForm(service));
        return body;
    }
}
