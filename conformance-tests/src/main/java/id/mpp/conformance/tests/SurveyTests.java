package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Applications.officer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import id.mpp.conformance.tests.Applications.Submitted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** The applicant's SKM survey answer of a completed application, and the arithmetic of the published index. */
@Profile("applications")
public class SurveyTests {

    /** The nine SKM elements (PermenPAN-RB 14/2017). */
    static final List<String> ELEMENTS = List.of("PERSYARATAN", "PROSEDUR", "WAKTU_PENYELESAIAN", "BIAYA_TARIF",
            "PRODUK_LAYANAN", "KOMPETENSI_PELAKSANA", "PERILAKU_PELAKSANA", "PENANGANAN_PENGADUAN", "SARANA_PRASARANA");

    @Requirement({"SKM-002", "SKM-006"})
    public void anApplicationNotCompletedTakesNoAnswerAndHasNone(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        assertProblem(answer(ctx, citizen, s.id(), UUID.randomUUID().toString(), scores(3)), 409, "survey-not-allowed");
        assertProblem(read(ctx, citizen, s.id()), 404, "not-found");
        var cancelled = Applications.succeeded(Applications.cancel(ctx, citizen, s.snapshot(), null), "cancel");
        assertProblem(answer(ctx, citizen, s.id(), UUID.randomUUID().toString(), scores(3)), 409, "survey-not-allowed");
        assertProblem(read(ctx, citizen, cancelled.id()), 404, "not-found");
    }

    @Requirement({"SKM-001", "SKM-003", "SKM-004", "SKM-005", "SKM-006"})
    public void theApplicantOfACompletedApplicationAnswersOnceAndOnlyThey(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        String id = completed(ctx).id();
        assertProblem(read(ctx, citizen, id), 404, "not-found");

        ObjectNode repeated = scores(4);
        ((ObjectNode) repeated.path("scores").get(8)).put("element", ELEMENTS.get(0));
        JsonNode missing = assertProblem(answer(ctx, citizen, id, UUID.randomUUID().toString(), repeated), 400,
                "validation-error");
        assertThat(missing.path("errors")).anySatisfy(err -> {
            assertThat(err.path("pointer").asText()).isEqualTo("#/scores");
            assertThat(err.path("code").asText()).isEqualTo("REQUIRED");
        });
        assertThat(pointers(missing)).as("pointers").contains("#/scores/8/element");
        ObjectNode outOfRange = scores(3);
        ((ObjectNode) outOfRange.path("scores").get(2)).put("score", 5);
        ((ObjectNode) outOfRange.path("scores").get(4)).put("score", 0);
        assertThat(pointers(assertProblem(answer(ctx, citizen, id, UUID.randomUUID().toString(), outOfRange), 400,
                "validation-error"))).contains("#/scores/2/score", "#/scores/4/score");
        assertProblem(read(ctx, citizen, id), 404, "not-found");
        assertProblem(answer(ctx, ctx.bearer("citizen_b"), id, UUID.randomUUID().toString(), scores(3)), 404, "not-found");
        assertProblem(answer(ctx, officer(ctx), id, UUID.randomUUID().toString(), scores(3)), 404, "not-found");

        ObjectNode body = scores(3);
        ArrayNode reversed = Accounts.JSON.createArrayNode();
        for (int i = 8; i >= 0; i--) {
            reversed.add(body.path("scores").get(i));
        }
        body.set("scores", reversed);
        String key = UUID.randomUUID().toString();
        Exchange created = answer(ctx, citizen, id, key, body);
        assertThat(created.status()).as("status of the answer: %s", created.responseBody()).isEqualTo(201);
        assertThat(created.json().path("application_id").asText()).isEqualTo(id);
        Exchange stored = read(ctx, citizen, id);
        assertThat(stored.status()).as("status of getSurveyResponse").isEqualTo(200);
        assertThat(stored.json()).as("the recorded answer").isEqualTo(created.json());
        assertThat(Applications.current(ctx, citizen, id).json().path("survey_response_submitted").asBoolean())
                .as("survey_response_submitted").isTrue();

        assertProblem(answer(ctx, citizen, id, UUID.randomUUID().toString(), scores(1)), 409, "survey-already-submitted");
        assertThat(read(ctx, citizen, id).json()).as("the answer after a second one").isEqualTo(created.json());
        Exchange replay = answer(ctx, citizen, id, key, body);
        assertThat(replay.status()).as("status of the repeat with the first key").isEqualTo(201);
        assertThat(replay.json()).isEqualTo(created.json());

        assertProblem(read(ctx, ctx.bearer("citizen_b"), id), 404, "not-found");
        assertProblem(read(ctx, officer(ctx), id), 404, "not-found");
    }

    @Requirement({"SKM-007", "SKM-008"})
    public void theIndexIsTheExactArithmeticOfTheScoresAndTheGradeFollowsIt(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        JsonNode service = Applications.officerService(ctx);
        String path = "/v1/services/" + service.path("id").asText() + "/satisfaction";
        JsonNode result = satisfaction(ctx, path);
        int deficit = result.path("minimum_respondents").asInt(5) - result.path("respondents").asInt();
        if (deficit > 0) {
            var documents = Applications.requiredUploads(ctx, citizen, service);
            for (int i = 0; i < deficit; i++) {
                Submitted s = Applications.submitted(ctx, citizen, service, documents);
                Applications.advancedThrough(ctx, s.snapshot(), "START_REVIEW", "APPROVE", "COMPLETE");
                Exchange e = answer(ctx, citizen, s.id(), UUID.randomUUID().toString(), scores(1 + i % 4));
                assertThat(e.status()).as("status of answer %s: %s", i, e.responseBody()).isEqualTo(201);
            }
            result = satisfaction(ctx, path);
        }
        assertArithmetic(result);
        assertArithmetic(satisfaction(ctx, "/v1/agencies/" + service.path("agency_id").asText() + "/satisfaction"));
    }

    /**
     * Asserts a published result is the contract's arithmetic: each element's score sum is recovered from its NRR
     * (exact while respondents stay below 10,000), then NRR, IKM, index and grade are computed from the sums.
     */
    private static void assertArithmetic(JsonNode result) {
        int n = result.path("respondents").asInt();
        assertThat(n).as("respondents").isGreaterThanOrEqualTo(result.path("minimum_respondents").asInt());
        assertThat(result.path("elements")).as("elements").hasSize(9);
        long total = 0;
        for (JsonNode e : result.path("elements")) {
            BigDecimal nrr = e.path("nrr").decimalValue();
            long sum = nrr.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertThat(nrr).as("nrr of %s", e.path("element"))
                    .isEqualByComparingTo(ratio(sum, n, 4));
            total += sum;
        }
        BigDecimal index = ratio(25 * total, 9L * n, 2);
        assertThat(result.path("ikm").decimalValue()).as("ikm").isEqualByComparingTo(ratio(total, 9L * n, 4));
        assertThat(result.path("ikm_index").decimalValue()).as("ikm_index").isEqualByComparingTo(index);
        String grade = index.compareTo(new BigDecimal("88.31")) >= 0 ? "A"
                : index.compareTo(new BigDecimal("76.61")) >= 0 ? "B"
                : index.compareTo(new BigDecimal("65.00")) >= 0 ? "C" : "D";
        assertThat(result.path("grade").asText()).as("grade of index %s", index).isEqualTo(grade);
        String label = switch (grade) {
            case "A" -> "Sangat baik";
            case "B" -> "Baik";
            case "C" -> "Kurang baik";
            default -> "Tidak baik";
        };
        assertThat(result.path("grade_label").asText()).as("grade_label in Indonesian").isEqualTo(label);
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    private static JsonNode satisfaction(TestContext ctx, String path) {
        Exchange e = ctx.http().send(HttpCall.get(path).header("Accept-Language", "id"));
        assertThat(e.status()).as("status of %s: %s", path, e.responseBody()).isEqualTo(200);
        return e.json();
    }

    /** An application of citizen_a that the agency took to COMPLETED. */
    static Submitted completed(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        Applications.advancedThrough(ctx, s.snapshot(), "START_REVIEW", "APPROVE", "COMPLETE");
        return s;
    }

    /** A survey answer giving every element this score, in the contract's order of elements. */
    static ObjectNode scores(int score) {
        ObjectNode body = Accounts.JSON.createObjectNode();
        ArrayNode scores = body.putArray("scores");
        ELEMENTS.forEach(e -> scores.addObject().put("element", e).put("score", score));
        return body;
    }

    static Exchange answer(TestContext ctx, String bearer, String applicationId, String key, JsonNode body) {
        return Applications.post(ctx, bearer, "/v1/applications/" + applicationId + "/survey-response", null, key, body);
    }

    static Exchange read(TestContext ctx, String bearer, String applicationId) {
        return ctx.http().send(HttpCall.get("/v1/applications/" + applicationId + "/survey-response")
                .header("Authorization", bearer));
    }
}
