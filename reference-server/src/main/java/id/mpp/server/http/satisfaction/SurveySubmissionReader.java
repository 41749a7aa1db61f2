package id.mpp.server.http.satisfaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.domain.account.FieldError;
import id.mpp.server.domain.satisfaction.SurveyAnswer.RespondentProfile;
import id.mpp.server.domain.satisfaction.SurveyElement;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code SurveyResponseSubmission} and checks it against the contract, listing every offence (SKM-004,
 * SKM-005) rather than the first: each element missing ({@code #/scores}, {@code REQUIRED}, one per element), each
 * repeated ({@code DUPLICATE}) or unknown ({@code UNKNOWN}) element at {@code #/scores/<index>/element}, each score
 * that is not an integer from 1 to 4 at {@code #/scores/<index>/score}, a comment over 1000 characters, and a
 * respondent profile value outside its enum. The order of the scores does not matter; members the contract does not
 * name are ignored (GEN-024). A body that is not JSON answers {@code malformed-request}.
 */
final class SurveySubmissionReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COMMENT_MAX = 1000;
    private static final Map<String, Set<String>> PROFILE = Map.of(
            "age_group", Set.of("AGE_UNDER_20", "AGE_20_TO_29", "AGE_30_TO_39", "AGE_40_TO_49", "AGE_50_TO_59",
                    "AGE_60_AND_OVER"),
            "gender", Set.of("LAKI_LAKI", "PEREMPUAN"),
            "education", Set.of("SD", "SMP", "SMA", "D1_D2_D3", "D4_S1", "S2_KE_ATAS"),
            "occupation", Set.of("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"));

    private SurveySubmissionReader() {
    }

    /**
     * A valid submission: the nine scores, the comment (null when none) and the profile.
     */
    record Submission(Map<SurveyElement, Integer> scores, String comment, RespondentProfile profile) {
    }

    /**
     * The submission in {@code body}.
     *
     * @throws SurveyInputException listing every offence
     * @throws ProblemException {@code malformed-request} when the body is not JSON
     */
    static Submission read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            root = null;
        }
        if (root == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-request", "JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new SurveyInputException(List.of(new FieldError("#/", "INVALID_TYPE",
                    "Isi permintaan harus berupa objek JSON.", "The body must be a JSON object.")));
        }
        Map<SurveyElement, Integer> scores = scores(root.get("scores"), errors);
        String comment = comment(root.get("comment"), errors);
        RespondentProfile profile = profile(root.get("respondent"), errors);
        if (!errors.isEmpty()) {
            throw new SurveyInputException(errors);
        }
        return new Submission(scores, comment, profile);
    }

    private static Map<SurveyElement, Integer> scores(JsonNode scores, List<FieldError> errors) {
        Map<SurveyElement, Integer> byElement = new EnumMap<>(SurveyElement.class);
        if (scores == null || scores.isNull()) {
            errors.add(new FieldError("#/scores", "REQUIRED", "Nilai kesembilan unsur wajib diisi.",
                    "The scores of the nine elements are required."));
            return byElement;
        }
        if (!scores.isArray()) {
            errors.add(new FieldError("#/scores", "INVALID_TYPE", "scores harus berupa larik.",
                    "scores must be an array."));
            return byElement;
        }
        List<SurveyElement> seen = new ArrayList<>();
        for (int index = 0; index < scores.size(); index++) {
            JsonNode item = scores.get(index);
            String at = "#/scores/" + index;
            if (!item.isObject()) {
                errors.add(new FieldError(at, "INVALID_TYPE", "Setiap nilai harus berupa objek {element, score}.",
                        "Each score must be an object {element, score}."));
                continue;
            }
            SurveyElement element = element(item.get("element"), at + "/element", seen, errors);
            Integer score = score(item.get("score"), at + "/score", errors);
            if (element != null && score != null) {
                byElement.put(element, score);
            }
        }
        for (SurveyElement element : SurveyElement.values()) {
            if (!seen.contains(element)) {
                errors.add(new FieldError("#/scores", "REQUIRED",
                        "Unsur " + element.name() + " belum dinilai.", "Element " + element.name() + " is not scored."));
            }
        }
        return Collections.unmodifiableMap(byElement);
    }

    private static SurveyElement element(JsonNode element, String at, List<SurveyElement> seen,
                                         List<FieldError> errors) {
        if (element == null || element.isNull()) {
            errors.add(new FieldError(at, "REQUIRED", "Kode unsur wajib diisi.", "The element code is required."));
            return null;
        }
        if (!element.isTextual()) {
            errors.add(new FieldError(at, "INVALID_TYPE", "Kode unsur harus berupa teks.",
                    "The element code must be a string."));
            return null;
        }
        String code = element.textValue();
        if (!SurveyElement.isCode(code)) {
            errors.add(new FieldError(at, "UNKNOWN", "Unsur " + code + " tidak dikenal.",
                    "Element " + code + " is not an SKM element."));
            return null;
        }
        SurveyElement known = SurveyElement.valueOf(code);
        if (seen.contains(known)) {
            errors.add(new FieldError(at, "DUPLICATE", "Unsur " + code + " dinilai lebih dari sekali.",
                    "Element " + code + " is scored more than once."));
            return null;
        }
        seen.add(known);
        return known;
    }

    private static Integer score(JsonNode score, String at, List<FieldError> errors) {
        if (score == null || score.isNull()) {
            errors.add(new FieldError(at, "REQUIRED", "Nilai wajib diisi.", "The score is required."));
            return null;
        }
        if (!score.isIntegralNumber() && !(score.isNumber() && score.decimalValue().stripTrailingZeros().scale() <= 0)) {
            errors.add(new FieldError(at, "INVALID_TYPE", "Nilai harus berupa bilangan bulat 1 sampai 4.",
                    "The score must be an integer from 1 to 4."));
            return null;
        }
        if (score.decimalValue().compareTo(java.math.BigDecimal.ONE) < 0
                || score.decimalValue().compareTo(java.math.BigDecimal.valueOf(4)) > 0) {
            errors.add(new FieldError(at, "OUT_OF_RANGE", "Nilai harus antara 1 dan 4.",
                    "The score must be from 1 to 4."));
            return null;
        }
        return score.decimalValue().intValueExact();
    }

    private static String comment(JsonNode comment, List<FieldError> errors) {
        if (comment == null || comment.isNull()) {
            return null;
        }
        if (!comment.isTextual()) {
            errors.add(new FieldError("#/comment", "INVALID_TYPE", "Komentar harus berupa teks.",
                    "The comment must be a string."));
            return null;
        }
        String text = comment.textValue();
        if (text.codePointCount(0, text.length()) > COMMENT_MAX) {
            errors.add(new FieldError("#/comment", "TOO_LONG", "Komentar paling banyak 1000 karakter.",
                    "The comment is at most 1000 characters."));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static RespondentProfile profile(JsonNode respondent, List<FieldError> errors) {
        if (respondent == null || respondent.isNull()) {
            return RespondentProfile.NONE;
        }
        if (!respondent.isObject()) {
            errors.add(new FieldError("#/respondent", "INVALID_TYPE", "respondent harus berupa objek.",
                    "respondent must be an object."));
            return RespondentProfile.NONE;
        }
        return new RespondentProfile(member(respondent, "age_group", errors), member(respondent, "gender", errors),
                member(respondent, "education", errors), member(respondent, "occupation", errors));
    }

    private static String member(JsonNode respondent, String name, List<FieldError> errors) {
        JsonNode value = respondent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String at = "#/respondent/" + name;
        if (!value.isTextual()) {
            errors.add(new FieldError(at, "INVALID_TYPE", "Nilainya harus berupa teks.", "The value must be a string."));
            return null;
        }
        if (!PROFILE.get(name).contains(value.textValue())) {
            errors.add(new FieldError(at, "UNKNOWN", "Nilai ini tidak dikenal.", "This value is not known."));
            return null;
        }
        return value.textValue();
    }
}
