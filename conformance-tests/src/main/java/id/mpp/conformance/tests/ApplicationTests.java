package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Applications.body;
import static id.mpp.conformance.tests.Applications.mine;
import static id.mpp.conformance.tests.Applications.services;
import static id.mpp.conformance.tests.Applications.simpleService;
import static id.mpp.conformance.tests.Applications.submit;
import static id.mpp.conformance.tests.Applications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.Map;
import java.util.UUID;

/** Applications: the refusals of submitApplication, listing, scopes and the agency queue. */
@Profile("applications")
public class ApplicationTests {

    @Requirement({"APP-002"})
    public void anUnknownServiceAnswers404AndCreatesNothing(TestContext ctx) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("service_id", "33-02-konformansi-tidak-ada");
        body.putObject("form");
        body.putArray("documents");
        assertProblem(submit(ctx, ctx.bearer("citizen_a"), body), 404, "not-found");
        assertThat(mine(ctx, ctx.bearer("citizen_a"), "service_id=33-02-konformansi-tidak-ada").size()).isZero();
    }

    @Requirement({"APP-003"})
    public void aFormBreakingTheSchemaAnswers400WithAPointerPerField(TestContext ctx) {
        JsonNode service = simpleService(ctx);
        ObjectNode form = validForm(service);
        String first = service.path("form_schema").path("required").get(0).asText();
        form.remove(first);
        form.put("konformansi_tidak_dikenal", "x");
        ObjectNode body = body(service, form);
        JsonNode problem = assertProblem(submit(ctx, ctx.bearer("citizen_a"), body), 400, "validation-error");
        assertThat(pointers(problem)).as("pointers").contains("#/form/" + first, "#/form/konformansi_tidak_dikenal");
        assertThat(problem.path("errors").toString()).contains("REQUIRED").contains("UNKNOWN");
    }

    @Requirement({"APP-004", "APP-008"})
    public void withoutTheRequiredDocumentsTheAnswerIs422ListingEachMissingType(TestContext ctx) {
        JsonNode service = simpleService(ctx);
        JsonNode problem = assertProblem(submit(ctx, ctx.bearer("citizen_a"), body(service, validForm(service))), 422,
                "requirements-not-met");
        int required = 0;
        for (JsonNode r : service.path("requirements")) {
            required += r.path("required").asBoolean() ? 1 : 0;
        }
        assertThat(required).as("required documents of %s", service.path("id")).isPositive();
        long missing = 0;
        for (JsonNode err : problem.path("errors")) {
            if (err.path("code").asText().equals("REQUIRED_DOCUMENT_MISSING")) {
                assertThat(err.path("pointer").asText()).isEqualTo("#/documents");
                missing++;
            }
        }
        assertThat(missing).as("one error per missing document type").isEqualTo(required);
    }

    @Requirement({"APP-005"})
    public void anUnknownDocumentAnswers422DocumentNotFound(TestContext ctx) {
        JsonNode service = simpleService(ctx);
        ObjectNode body = body(service, validForm(service));
        String type = service.path("requirements").get(0).path("document_type").asText();
        body.putArray("documents").addObject().put("document_type", type)
                .put("document_id", "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W");
        JsonNode problem = assertProblem(submit(ctx, ctx.bearer("citizen_a"), body), 422, "requirements-not-met");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/0");
            assertThat(err.path("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        });
    }

    @Requirement({"APP-006", "APP-008"})
    public void aDocumentOfAnotherTypeOrOfNoRequirementAnswers422AtItsIndex(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        JsonNode service = Applications.officerService(ctx);
        Map<String, String> docs = Applications.requiredUploads(ctx, citizen, service);
        String required = docs.keySet().iterator().next();
        String other = notARequirement(ctx, service);
        String otherDoc = Applications.upload(ctx, citizen, other).path("id").asText();
        ObjectNode body = body(service, validForm(service));
        var attached = body.putArray("documents");
        attached.addObject().put("document_type", required).put("document_id", otherDoc);
        attached.addObject().put("document_type", other).put("document_id", otherDoc);
        JsonNode problem = assertProblem(submit(ctx, citizen, body), 422, "requirements-not-met");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/0");
            assertThat(err.path("code").asText()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        });
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/1");
            assertThat(err.path("code").asText()).isEqualTo("NOT_A_REQUIREMENT");
        });
    }

    @Requirement({"APP-039"})
    public void twoDocumentsOfTheSameTypeAnswer400Duplicate(TestContext ctx) {
        JsonNode service = simpleService(ctx);
        ObjectNode body = body(service, validForm(service));
        String type = service.path("requirements").get(0).path("document_type").asText();
        var docs = body.putArray("documents");
        docs.addObject().put("document_type", type).put("document_id", "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W");
        docs.addObject().put("document_type", type).put("document_id", "doc_01JD8Q3M5X4V2K7N9P0R6S1T8X");
        JsonNode problem = assertProblem(submit(ctx, ctx.bearer("citizen_a"), body), 400, "validation-error");
        assertThat(problem.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/documents/1");
            assertThat(err.path("code").asText()).isEqualTo("DUPLICATE");
        });
    }

    @Requirement({"APP-009"})
    public void anAccountBelowTheServicesAssuranceAnswers403WithRequiredAcr(TestContext ctx) {
        JsonNode service = null;
        for (JsonNode s : services(ctx)) {
            if (s.path("minimum_acr").asText().equals("urn:mpp:acr:nik") && s.path("active").asBoolean(true)) {
                service = s;
                break;
            }
        }
        assertThat(service).as("a service needing a verified NIK").isNotNull();
        Accounts.Fresh fresh = Accounts.register(ctx);
        String bearer = "Bearer " + fresh.signIn(ctx, "openid applications.read applications.write").accessToken();
        JsonNode problem = assertProblem(submit(ctx, bearer, body(service, validForm(service))), 403,
                "insufficient-assurance");
        assertThat(problem.path("required_acr").asText()).isEqualTo("urn:mpp:acr:nik");
        assertThat(mine(ctx, bearer, null).size()).as("no application created").isZero();
    }

    @Requirement({"APP-019"})
    public void aNewAccountHasNoApplications(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        String bearer = "Bearer " + fresh.signIn(ctx, "openid applications.read").accessToken();
        assertThat(mine(ctx, bearer, null).size()).isZero();
    }

    @Requirement({"APP-020", "GEN-021"})
    public void anUnknownApplicationAnswers404ToTheCitizenAndTheAgency(TestContext ctx) {
        String id = "app_01JDZAB5RRB146VH73JNXM23H3";
        assertProblem(ctx.http().send(HttpCall.get("/v1/applications/" + id).header("Authorization", ctx.bearer("citizen_a"))),
                404, "not-found");
        assertProblem(ctx.http().send(HttpCall.get("/v1/applications/" + id).header("Authorization",
                "Bearer " + ctx.oidc().agencyToken(ctx.http(), "officer"))), 404, "not-found");
    }

    @Requirement({"APP-037", "GEN-020"})
    public void theAgencyQueueAndTransitionsNeedTheOfficerScope(TestContext ctx) {
        String agency = ctx.config().accounts().get("officer_a").agencyId();
        assertProblem(ctx.http().send(HttpCall.get("/v1/agencies/" + agency + "/applications")
                .header("Authorization", ctx.bearer("citizen_a"))), 403, "insufficient-scope");
        assertProblem(ctx.http().send(HttpCall.method("POST", "/v1/applications/app_01JDZAB5RRB146VH73JNXM23H3/transitions")
                .header("Authorization", ctx.bearer("citizen_a")).header("If-Match", "\"1\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", "{\"action\":\"START_REVIEW\"}")), 403, "insufficient-scope");
    }

    @Requirement({"APP-035"})
    public void theAgencyBackEndSeesOnlyItsOwnQueue(TestContext ctx) {
        String token = "Bearer " + ctx.oidc().agencyToken(ctx.http(), "officer");
        String own = IdTokens.claims(token.substring(7)).path("agency_id").asText();
        assertThat(own).as("agency_id of the back-end's token").isNotEmpty();
        Exchange queue = ctx.http().send(HttpCall.get("/v1/agencies/" + own + "/applications").header("Authorization", token));
        assertThat(queue.status()).as("status of the own queue: %s", queue.responseBody()).isEqualTo(200);
        queue.json().path("items").forEach(a -> assertThat(a.path("agency_id").asText(own)).isEqualTo(own));
        String other = own.equals("33-02-dpmptsp") ? "33-02-disdukcapil" : "33-02-dpmptsp";
        assertProblem(ctx.http().send(HttpCall.get("/v1/agencies/" + other + "/applications").header("Authorization", token)),
                404, "not-found");
    }

    /** An uploadable document type that is none of the service's requirements. */
    private static String notARequirement(TestContext ctx, JsonNode service) {
        Exchange types = ctx.http().get("/v1/document-types?page_size=100");
        for (JsonNode t : types.json().path("items")) {
            String code = t.path("code").asText();
            boolean uploadable = !t.path("uploadable").isBoolean() || t.path("uploadable").asBoolean();
            if (uploadable && !service.path("requirements").toString().contains("\"document_type\":\"" + code + "\"")) {
                return code;
            }
        }
        throw new AssertionError("every document type is a requirement of " + service.path("id"));
    }
}
