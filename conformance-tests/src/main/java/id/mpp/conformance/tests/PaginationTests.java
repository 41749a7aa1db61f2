package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cursor pagination on the public region list: bounds, default, completeness and forged cursors. */
@Profile("general")
public class PaginationTests {

    private static final int MAX_PAGES = 1000;

    @Requirement({"GEN-006", "GEN-016"})
    public void pageSizeZeroAnswersValidationErrorWithPointer(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions?page_size=0");
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/query/page_size");
    }

    @Requirement({"GEN-006"})
    public void aNonNumericPageSizeAnswersValidationErrorWithPointer(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions?page_size=many");
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/query/page_size");
    }

    @Requirement({"GEN-016"})
    public void pageSizeAbove100AnswersValidationError(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions?page_size=101");
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/query/page_size");
    }

    @Requirement({"GEN-016"})
    public void aPageHoldsAtMost20ItemsByDefault(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.json().path("items").size()).as("items without page_size").isLessThanOrEqualTo(20);
    }

    @Requirement({"GEN-016"})
    public void followingNextPageTokenYieldsEveryRegionExactlyOnce(TestContext ctx) {
        List<String> all = collect(ctx, 100);
        List<String> oneByOne = collect(ctx, 1);
        assertThat(oneByOne).as("regions paged one at a time").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all);
    }

    @Requirement({"GEN-017"})
    public void aForgedPageTokenAnswersValidationError(TestContext ctx) {
        Exchange e = ctx.http().get("/v1/regions?page_token=Zm9yZ2VkLWJ5LXRoZS1zdWl0ZQ");
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/query/page_token");
    }

    private static List<String> collect(TestContext ctx, int pageSize) {
        List<String> codes = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String query = "/v1/regions?page_size=" + pageSize
                    + (token == null ? "" : "&page_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            Exchange e = ctx.http().get(query);
            assertThat(e.status()).as("status of %s", query).isEqualTo(200);
            JsonNode body = e.json();
            assertThat(body.path("items").size()).as("items with page_size=%s", pageSize).isLessThanOrEqualTo(pageSize);
            body.path("items").forEach(i -> codes.add(i.path("code").asText()));
            if (!body.hasNonNull("next_page_token")) {
                return codes;
            }
            token = body.path("next_page_token").asText();
        }
        throw new AssertionError("the region list did not end within " + MAX_PAGES + " pages");
    }
}
