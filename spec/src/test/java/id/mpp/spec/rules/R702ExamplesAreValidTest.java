package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class R702ExamplesAreValidTest {

    private static final String OK_200 = "paths[/v1/things].post.responses.200.content[application/json].examples.";

    private final Rule rule = new R702ExamplesAreValid();
    private List<String> violations;

    @BeforeAll
    void checkTheFixture() {
        violations = violationsIn("fixtures/broken/r702.yaml", rule);
    }

    @Test
    void R702_everyBodyHasAnExampleAndEveryExampleIsValid() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R702_reportsABodyWithoutAnExampleButNotFileContent() {
        assertThat(violations)
                .contains("paths[/v1/things].post.responses.201.content[application/json] has no example")
                .noneSatisfy(v -> assertThat(v).contains("application/pdf"));
    }

    @Test
    void R702_enforcesPatternsFormatsTypesAndBounds() {
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).startsWith("paths[/v1/things].post.parameters.0.example: ").contains("3302"))
                .anySatisfy(v -> assertThat(v).startsWith(OK_200 + "bad-formats.value: ").contains("2026-13-01"))
                .anySatisfy(v -> assertThat(v).startsWith(OK_200 + "bad-formats.value: ").contains("\"2026-11-20\"").contains("date format"))
                .anySatisfy(v -> assertThat(v).startsWith(OK_200 + "bad-formats.value: ").contains("thing_id"))
                .anySatisfy(v -> assertThat(v).startsWith(OK_200 + "referenced.value: ").contains("integer"))
                .anySatisfy(v -> assertThat(v).startsWith("paths[/v1/things].post.responses.201.headers.Retry-After.example: "))
                .anySatisfy(v -> assertThat(v).startsWith("components.schemas.Thing.properties.score.example: ").contains("maximum"))
                .anySatisfy(v -> assertThat(v).startsWith("paths[/v1/things].post.responses.400.content[application/problem+json].example: ")
                        .contains("not a valid URI"));
    }

    @Test
    void R702_requiresAbsoluteUrisAndDeclaredMembersAndRespectsReadOnlyAndWriteOnly() {
        assertThat(violations)
                .contains(OK_200 + "bad-formats.value at /homepage: '/layanan' is not an absolute URI (format: uri)")
                .contains(OK_200 + "bad-formats.value at /colour: member 'colour' is not declared by its schema")
                .contains(OK_200 + "bad-formats.value at /secret: a writeOnly member in a response")
                .contains("paths[/v1/things].post.requestBody.content[application/json].example at /thing_id: a readOnly member in a request")
                .noneSatisfy(v -> assertThat(v).contains("requestBody.content[application/json].example: "))
                .noneSatisfy(v -> assertThat(v).contains("/thing_id: member 'thing_id' is not declared"));
    }

    @Test
    void R702_reportsAnExampleWithoutASchemaAndLeavesValidOnesAlone() {
        assertThat(violations)
                .contains("paths[/v1/things/{thing_id}/content].put.responses.415.content[text/html].example: an example without a schema to validate it against")
                .noneSatisfy(v -> assertThat(v).contains(OK_200 + "valid."))
                .noneSatisfy(v -> assertThat(v).contains("multipart/form-data"));
    }
}
