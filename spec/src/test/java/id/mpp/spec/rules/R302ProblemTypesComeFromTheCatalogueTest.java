package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class R302ProblemTypesComeFromTheCatalogueTest {

    private final Rule rule = new R302ProblemTypesComeFromTheCatalogue();

    @Test
    void R302_problemExamplesUseCataloguedTypesWithTheirStatus() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R302_reportsABadCatalogueAndProblemExamplesThatDisagreeWithIt() {
        List<String> violations = violationsIn("fixtures/broken/r302.yaml", rule);
        assertThat(violations).hasSize(9);
        assertThat(violations)
                .contains("x-mpp-problem-types entry 'https://mpp-digital.go.id/problems/Bad_Slug': type is not https://mpp-digital.go.id/problems/<kebab-case-slug>")
                .contains("x-mpp-problem-types entry 'https://mpp-digital.go.id/problems/Bad_Slug': status '200' is not a 4xx or 5xx integer")
                .contains("x-mpp-problem-types entry 'https://mpp-digital.go.id/problems/Bad_Slug': needs a title and a description")
                .contains("x-mpp-problem-types entry 'https://mpp-digital.go.id/problems/not-found': listed twice")
                .anySatisfy(v -> assertThat(v).contains("examples.wrong-status.value: status 503 but the response is 429"))
                .anySatisfy(v -> assertThat(v).contains("examples.wrong-type.value: type 'https://mpp-digital.go.id/problems/not-found' is a 404 problem, answered as 429"))
                .anySatisfy(v -> assertThat(v).contains("examples.unknown-type.value: type 'https://example.org/problems/oops' is not in x-mpp-problem-types"))
                .anySatisfy(v -> assertThat(v).contains("examples.no-type.value: the problem example has no type"))
                .anySatisfy(v -> assertThat(v).contains("components.responses.Unused.content[application/problem+json].example: status 410 but type"));
    }
}
